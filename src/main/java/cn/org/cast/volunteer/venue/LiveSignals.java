package cn.org.cast.volunteer.venue;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.org.cast.volunteer.security.RecordGuard;

/**
 * Signals from the AV console, a script or a person: each becomes the BPMN message of the venue's
 * linkup, correlated by its business key. A signal that repeats the venue's state changes nothing.
 * The symposium roles hold no right to change a linkup in the engine (it would let them set any venue's
 * variables or move its token anywhere): this service checks the role and the venue's state in our tables
 * and then correlates with the engine's authorization checks off, the signed-in user still recorded as
 * the one who moved the venue.
 */
@Service
public class LiveSignals {

  /** What a signal did: {@code changed} is false where the venue already was in the signalled state. */
  public record Result(String venueCode, String venueName, VenueState state, boolean changed, String message) {

    @JsonProperty
    public String stateLabel() {
      return state.label();
    }
  }

  private final VenueRepository venues;
  private final ProcessEngine engine;
  private final RuntimeService runtimeService;
  private final RecordGuard guard;

  public LiveSignals(VenueRepository venues, ProcessEngine engine, RecordGuard guard) {
    this.venues = venues;
    this.engine = engine;
    this.runtimeService = engine.getRuntimeService();
    this.guard = guard;
  }

  /** As the signed-in user of the engine (one of {@link VenueSignalController#SIGNALLERS}), or the app itself. */
  public Result signal(String campaignId, String code, LiveSignal signal, FallbackMode fallback) {
    guard.requireGroup(VenueSignalController.SIGNALLERS, VenueSignalController.SIGNALLERS_ONLY);
    SubVenue venue = venues.find(campaignId, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "活动 " + campaignId + " 没有编号为 " + code + " 的分会场。"));
    if (venue.state() == signal.target()) {
      return unchanged(venue);
    }
    if (!signal.acceptedIn(venue.state())) {
      throw refused(venue, signal);
    }
    try {
      var correlation = runtimeService.createMessageCorrelation(signal.messageName())
          .processInstanceBusinessKey(LinkupProcess.businessKey(campaignId, code));
      if (signal == LiveSignal.DROPPED) {
        correlation.setVariable(LinkupProcess.FALLBACK_MODE, (fallback == null ? FallbackMode.RECORDED_VIDEO : fallback).name());
      }
      withoutAuthorizationChecks(correlation::correlateWithResult);
    } catch (MismatchingMessageCorrelationException raced) {
      // Another signal moved the venue first: the same one is harmless, any other is refused as stale.
      SubVenue now = venues.find(campaignId, code).orElseThrow();
      if (now.state() == signal.target()) {
        return unchanged(now);
      }
      throw refused(now, signal);
    }
    SubVenue moved = venues.find(campaignId, code).orElseThrow();
    return new Result(code, moved.name(), moved.state(), true,
        "分会场“" + moved.name() + "”：" + venue.state().label() + " → " + moved.state().label());
  }

  /** One engine command with its checks off; nested engine calls join it and so skip them too. */
  private void withoutAuthorizationChecks(Runnable work) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        work.run();
      } finally {
        context.enableAuthorizationCheck();
      }
      return null;
    });
  }

  private static Result unchanged(SubVenue venue) {
    return new Result(venue.code(), venue.name(), venue.state(), false,
        "分会场“" + venue.name() + "”已是“" + venue.state().label() + "”，本次信号未改变状态。");
  }

  private static ResponseStatusException refused(SubVenue venue, LiveSignal signal) {
    String why = venue.state().isLive()
        ? "当前为“" + venue.state().label() + "”，不能“" + signal.label() + "”。"
        : venue.state() == VenueState.DONE ? "的连线已经结束。"
        : "当前为“" + venue.state().label() + "”，直播阶段尚未开始（座谈会当天开启）。";
    return new ResponseStatusException(HttpStatus.CONFLICT, "分会场“" + venue.name() + "”" + why);
  }
}
