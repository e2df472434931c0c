package cn.org.cast.volunteer.venue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.security.Groups;

/**
 * The live phase's signals over HTTP, for the AV console, a script or a person:
 * {@code POST /api/campaigns/{campaign}/venues/{code}/signals} with {@code {"signal":"ON_AIR"}}.
 * Scripts authenticate with HTTP Basic; browsers with their session and CSRF token.
 */
@RestController
class VenueSignalController {

  /** The roles that drive the live links; {@link LiveSignals} checks them again for every other caller. */
  static final Set<String> SIGNALLERS = Set.of(Groups.CEREMONY, Groups.CEREMONY_LEAD, Groups.AV_ENGINEERS);
  static final String SIGNALLERS_ONLY = "只有仪式筹备组、仪式总负责人和音视频工程师可以发送分会场信号。";

  /** The body of a signal: fallbackMode only matters for DROPPED (default: the recorded video). */
  public record SignalRequest(@NotBlank(message = "请填写信号（signal）") @Size(max = 20, message = "信号（signal）过长") String signal,
      @Size(max = 20, message = "备播方式（fallbackMode）过长") String fallbackMode) {}

  private final LiveSignals signals;
  private final VenueRepository venues;
  private final EngineUser engineAs;

  VenueSignalController(LiveSignals signals, VenueRepository venues, EngineUser engineAs) {
    this.signals = signals;
    this.venues = venues;
    this.engineAs = engineAs;
  }

  @PostMapping("/api/campaigns/{campaignId}/venues/{code}/signals")
  public LiveSignals.Result signal(@PathVariable String campaignId, @PathVariable String code,
      @Valid @RequestBody SignalRequest request, Authentication user) {
    requireSignaller(user);
    LiveSignal signal = parse(LiveSignal.class, request.signal(),
        "信号（signal）须为以下之一：");
    FallbackMode fallback = request.fallbackMode() == null || request.fallbackMode().isBlank() ? null
        : parse(FallbackMode.class, request.fallbackMode(), "备播方式（fallbackMode）须为以下之一：");
    return engineAs.call(user.getName(), () -> signals.signal(campaignId, code, signal, fallback));
  }

  /** Every venue of the campaign and its state, for the console that sends the signals. */
  @GetMapping("/api/campaigns/{campaignId}/venues")
  public List<Map<String, Object>> venues(@PathVariable String campaignId, Authentication user) {
    requireSignaller(user);
    return venues.all(campaignId).stream().map(v -> Map.<String, Object>of("code", v.code(), "name", v.name(),
        "state", v.state().name(), "stateLabel", v.state().label(), "programmeMode", v.programmeMode().name())).toList();
  }

  private static void requireSignaller(Authentication user) {
    GroupMembership.requireAny(user, SIGNALLERS, SIGNALLERS_ONLY);
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
    try {
      return Enum.valueOf(type, value == null ? "" : value.trim());
    } catch (IllegalArgumentException unknown) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, message
          + String.join("、", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + "。");
    }
  }
}
