package cn.org.cast.volunteer.venue;

import java.util.Map;

/** Element ids, variable names and form ids of processes/sub-venue-linkup.bpmn. */
public final class LinkupProcess {

  public static final String KEY = "subVenueLinkup";

  public static final String REGISTER_TASK = "registerVenue";
  public static final String SCHEDULE_TASK = "scheduleRehearsal";
  public static final String CONFIRM_SLOT_TASK = "confirmRehearsalSlot";
  public static final String RESULT_TASK = "recordRehearsal";
  public static final String FAILED_TASK = "decideFailedVenue";
  public static final String GO_NO_GO_TIMER = "goNoGoDue";
  public static final String GO_NO_GO_TASK = "decideGoNoGo";
  public static final String SWITCH_TO_RECORDED_TASK = "switchToRecorded";
  public static final String RECORDED_VIDEO_TASK = "submitRecordedVideo";
  public static final String RECORDED_LIVE_TIMER = "recordedProgrammeDay";
  public static final String RECORDED_END = "recordedVideoShown";
  public static final String LIVE_TIMER = "liveOpens";
  public static final String WAITING_TASK = "waitingForLink";
  public static final String CONNECTED_TASK = "linkConnected";
  public static final String ON_AIR_TASK = "onAir";
  public static final String FALLBACK_TASK = "onFallback";
  public static final String LIVE_END = "linkupDone";

  /** The state a venue is in while its token is at each of these elements (set by a start listener). */
  public static final Map<String, VenueState> STATE_AT = Map.of(
      SCHEDULE_TASK, VenueState.REHEARSAL,
      GO_NO_GO_TIMER, VenueState.READY,
      SWITCH_TO_RECORDED_TASK, VenueState.RECORDED,
      WAITING_TASK, VenueState.WAITING,
      CONNECTED_TASK, VenueState.CONNECTED,
      ON_AIR_TASK, VenueState.ON_AIR,
      FALLBACK_TASK, VenueState.FALLBACK,
      LIVE_END, VenueState.DONE);

  public static final String REGISTRATION_FORM = "venueRegistration";
  public static final String SCHEDULE_FORM = "rehearsalSchedule";
  public static final String CONFIRM_SLOT_FORM = "rehearsalSlotConfirmation";
  public static final String RESULT_FORM = "rehearsalResult";
  public static final String FAILED_FORM = "failedVenueDecision";
  public static final String GO_NO_GO_FORM = "goNoGo";
  public static final String RECORDED_VIDEO_FORM = "recordedVideo";
  public static final String LIVE_CONTROL_FORM = "liveControl";

  // Passed in by the campaign.
  public static final String VENUE_CODE = "venueCode";
  public static final String VENUE_NAME = "venueName";
  public static final String HOST_CODE = "venueHostCode";

  // 分会场登记 (the host organisation).
  public static final String ADDRESS = "venueAddress";
  public static final String VENUE_KIND = "venueKind";
  public static final String HOST_UNIT = "venueHostUnit";
  public static final String ORGANIZING_UNIT = "venueOrganizingUnit";
  public static final String CONTACT_NAME = "siteContactName";
  public static final String CONTACT_MOBILE = "siteContactMobile";
  public static final String ENDPOINT_KIND = "endpointKind";
  public static final String ENDPOINT = "endpoint";

  // 安排联调 (ceremony team) and 确认联调时间 (the venue).
  public static final String REHEARSAL_DATE = "rehearsalDate";
  public static final String REHEARSAL_TIME = "rehearsalTime";
  public static final String REHEARSAL_SLOT = "rehearsalSlot";
  /** The same slot as a date: the AV engineer's due date in Tasklist. */
  public static final String REHEARSAL_SLOT_AT = "rehearsalSlotAt";
  public static final String SLOT_ACCEPTED = "slotAccepted";
  public static final String SLOT_NOTE = "slotNote";
  /** The value of a yes/no radio group (slotAccepted). */
  public static final String YES = "YES";
  public static final String NO = "NO";

  // 记录联调结果 (AV engineer).
  public static final String VIDEO_OK = "videoOk";
  public static final String AUDIO_OK = "audioOk";
  public static final String LATENCY_MS = "latencyMs";
  public static final String PICTURE_QUALITY = "pictureQuality";
  public static final String REHEARSAL_NOTES = "rehearsalNotes";
  public static final String REHEARSAL_PASSED = "rehearsalPassed";
  public static final String REHEARSAL_ATTEMPTS = "rehearsalAttempts";
  public static final String RETRIES_LEFT = "rehearsalRetriesLeft";
  /** On the go/no-go and failed-venue tasks: every connection test so far, one Chinese line each. */
  public static final String REHEARSAL_SUMMARY = "rehearsalSummary";

  // The ceremony lead's decisions.
  public static final String FAILED_DECISION = "failedVenueDecision";
  public static final String DECISION_RETRY = "RETRY";
  public static final String DECISION_RECORDED = "RECORDED";
  public static final String GO_DECISION = "goDecision";
  public static final String GO = "GO";
  public static final String NO_GO = "NO_GO";
  public static final String DECISION_REASON = "decisionReason";

  // 提交录播视频 (the venue).
  public static final String RECORDED_VIDEO_LINK = "recordedVideoLink";

  // The live phase, from Tasklist or as a message variable.
  public static final String LIVE_SIGNAL = "liveSignal";
  public static final String FALLBACK_MODE = "fallbackMode";
  public static final String VENUE_STATE_LABEL = "venueStateLabel";

  private LinkupProcess() {
  }

  public static String businessKey(String campaignId, String venueCode) {
    return campaignId + "/venue/" + venueCode;
  }
}
