package cn.org.cast.volunteer.venue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;

/**
 * A sub-venue's way to the live link: registration, connection tests, and the states it passes through.
 * Each change reads the venue from our table and checks its host organisation (or the role that does the
 * step) and its state against the signed-in user, whatever venue the task's variables name.
 */
@Service
public class VenueService {

  public static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The result of a connection test: whether it passed, and whether another test may follow a failure. */
  public record RehearsalOutcome(int attempt, boolean passed, boolean retriesLeft) {}

  private final VenueRepository venues;
  private final SymposiumSettings settings;
  private final RecordGuard guard;
  private final Clock clock;

  public VenueService(VenueRepository venues, SymposiumSettings settings, RecordGuard guard, Clock clock) {
    this.venues = venues;
    this.settings = settings;
    this.guard = guard;
    this.clock = clock;
  }

  public SubVenue venue(String campaignId, String code) {
    return venues.find(campaignId, code)
        .orElseThrow(() -> new IllegalStateException("sub-venue " + code + " of campaign " + campaignId + " not found"));
  }

  /** A campaign's venues, by code. */
  public List<SubVenue> all(String campaignId) {
    return venues.all(campaignId);
  }

  /** Each venue's latest connection test, by venue code. */
  public Map<String, SubVenue.Rehearsal> latestRehearsals(String campaignId) {
    return venues.latestRehearsals(campaignId);
  }

  /** Adds a venue the selection chose, once: preparing the symposium again adds nothing. */
  public void addSelected(String campaignId, String code, String candidateId, String name, String hostCode,
      String region, String venueKind, String address, String organizer) {
    venues.add(campaignId, code, candidateId, name, hostCode, region, venueKind, address, organizer);
  }

  /** How the day went at the venue: whether it was held, and where its recording is. */
  public void recordOutcome(String campaignId, String code, boolean held, String mediaLink) {
    venues.outcome(campaignId, code, held, mediaLink);
  }

  public void register(String campaignId, String code, SubVenue.Registration registration) {
    SubVenue venue = venue(campaignId, code);
    guard.requireOwner(venue.hostCode(), "只有分会场“" + venue.name() + "”的主办单位可以登记该分会场。");
    requireState(venue, venue.state() == VenueState.REGISTERING, "已登记，不能再修改登记信息。");
    venues.register(campaignId, code, registration);
  }

  /** Books the connection test. */
  public OffsetDateTime scheduleRehearsal(String campaignId, String code, LocalDate day, LocalTime time) {
    SubVenue venue = venue(campaignId, code);
    guard.requireOwner(Groups.CEREMONY, "只有仪式筹备组可以安排联调。");
    requireState(venue, venue.state() == VenueState.REHEARSAL, "不在联调阶段。");
    OffsetDateTime slot = day.atTime(time).atZone(VolunteerApplication.BEIJING).toOffsetDateTime();
    venues.scheduleRehearsal(campaignId, code, slot);
    return slot;
  }

  public RehearsalOutcome recordRehearsal(String campaignId, String code, boolean videoOk, boolean audioOk,
      int latencyMs, PictureQuality quality, String notes, String recordedBy) {
    SubVenue venue = venue(campaignId, code);
    guard.requireOwner(Groups.AV_ENGINEERS, "只有音视频工程师可以记录联调结果。");
    requireState(venue, venue.state() == VenueState.REHEARSAL, "不在联调阶段。");
    int attempt = venues.rehearsals(campaignId, code).size() + 1;
    boolean passed = RehearsalPass.passes(videoOk, audioOk, latencyMs, quality, settings.maxLatencyMs());
    venues.addRehearsal(campaignId, code,
        new SubVenue.Rehearsal(attempt, videoOk, audioOk, latencyMs, quality, passed, notes, OffsetDateTime.now(clock)),
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
    SubVenue venue = venue(campaignId, code);
    guard.requireOwner(venue.hostCode(), "只有分会场“" + venue.name() + "”的主办单位可以提交其录播视频。");
    requireState(venue, venue.programmeMode() == ProgrammeMode.RECORDED, "不是录播分会场。");
    venues.recordedVideo(campaignId, code, link);
  }

  private static void requireState(SubVenue venue, boolean expected, String otherwise) {
    if (!expected) {
      throw new BadUserRequestException("分会场“" + venue.name() + "”" + otherwise);
    }
  }
}
