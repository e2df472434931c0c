package cn.org.cast.volunteer.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.ceremony.SymposiumSettings;

/** A sub-venue's way to the live link: registration, connection tests, and the states it passes through. */
@Service
public class VenueService {

  public static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The result of a connection test: whether it passed, and whether another test may follow a failure. */
  public record RehearsalOutcome(int attempt, boolean passed, boolean retriesLeft) {}

  private final VenueRepository venues;
  private final SymposiumSettings settings;

  public VenueService(VenueRepository venues, SymposiumSettings settings) {
    this.venues = venues;
    this.settings = settings;
  }

  public SubVenue venue(String campaignId, String code) {
    return venues.find(campaignId, code)
        .orElseThrow(() -> new IllegalStateException("sub-venue " + code + " of campaign " + campaignId + " not found"));
  }

  public void register(String campaignId, String code, SubVenue.Registration registration) {
    venues.register(campaignId, code, registration);
  }

  /** Books the connection test. */
  public OffsetDateTime scheduleRehearsal(String campaignId, String code, LocalDate day, LocalTime time) {
    OffsetDateTime slot = day.atTime(time).atZone(VolunteerApplication.BEIJING).toOffsetDateTime();
    venues.scheduleRehearsal(campaignId, code, slot);
    return slot;
  }

  public RehearsalOutcome recordRehearsal(String campaignId, String code, boolean videoOk, boolean audioOk,
      int latencyMs, PictureQuality quality, String notes, String recordedBy) {
    int attempt = venues.rehearsals(campaignId, code).size() + 1;
    boolean passed = RehearsalResultValidator.passes(videoOk, audioOk, latencyMs, quality, settings.maxLatencyMs());
    venues.addRehearsal(campaignId, code,
        new SubVenue.Rehearsal(attempt, videoOk, audioOk, latencyMs, quality, passed, notes, OffsetDateTime.now()),
        recordedBy);
    return new RehearsalOutcome(attempt, passed, attempt < settings.rehearsalAttempts());
  }

  /** Every connection test so far, one Chinese line each, for the ceremony lead's decisions. */
  public String rehearsalSummary(String campaignId, String code) {
    List<SubVenue.Rehearsal> rehearsals = venues.rehearsals(campaignId, code);
    if (rehearsals.isEmpty()) {
      return "尚无联调记录。";
    }
    return rehearsals.stream().map(r -> "第" + r.attempt() + "次联调：" + (r.passed() ? "通过" : "未通过") + "（视频"
        + (r.videoOk() ? "正常" : "异常") + "，音频" + (r.audioOk() ? "正常" : "异常") + "，延迟" + r.latencyMs()
        + "毫秒，画面" + r.quality().label() + "）" + (r.notes() == null || r.notes().isBlank() ? "" : "。备注：" + r.notes()))
        .collect(Collectors.joining("\n"));
  }

  /** Moves the venue into the state of the element its linkup has reached. */
  public void enter(String campaignId, String code, VenueState state, FallbackMode fallback, String changedBy) {
    SubVenue venue = venue(campaignId, code);
    venues.enter(campaignId, code, venue.state(), state, state == VenueState.FALLBACK ? fallback : null, changedBy);
  }

  /** Off the live programme: the main venue plays the venue's recorded video instead. */
  public void switchToRecorded(String campaignId, String code) {
    venues.programmeMode(campaignId, code, ProgrammeMode.RECORDED);
  }

  public void recordedVideo(String campaignId, String code, String link) {
    venues.recordedVideo(campaignId, code, link);
  }
}
