package cn.org.cast.volunteer.ceremony;

/** Element ids, variable names and form ids of the symposium stage of processes/campaign.bpmn. */
public final class SymposiumProcess {

  public static final String PREPARE_TASK = "prepareSymposium";
  public static final String CONFIRM_TASK = "confirmRepresentative";
  public static final String CONFIRMATION_REMINDER_TIMER = "representativeReminderDue";
  public static final String REMIND_TASK = "remindRepresentatives";
  public static final String CONFIRMATION_OVERDUE_TIMER = "representativesOverdue";
  public static final String ESCALATE_TASK = "escalateMissingRepresentatives";
  public static final String ARRANGE_TASK = "arrangeRunningOrder";
  public static final String LINKUP_ACTIVITY = "linkUpSubVenues";
  public static final String OUTCOME_TASK = "recordCeremonyOutcome";
  public static final String CONCLUDE_TASK = "concludeCampaign";
  public static final String CLOSED_END = "campaignClosed";

  public static final String CONFIRM_FORM = "representativeConfirmation";
  public static final String ARRANGE_FORM = "runningOrder";
  public static final String OUTCOME_FORM = "ceremonyOutcome";

  // Set by 筹备座谈会.
  /** The flag recipients, "POOL:candidateId" each: one confirmation task per element. */
  public static final String FLAG_RECIPIENTS = "flagRecipients";
  public static final String FLAG_RECIPIENT = "flagRecipient";
  public static final String VENUE_CODES = "venueCodes";
  public static final String CONFIRMATION_DUE_AT = "confirmationDueAt";
  /** Set by the escalation: how many representatives were still unconfirmed at the due date. */
  public static final String UNCONFIRMED_COUNT = "unconfirmedRepresentatives";

  // 确认受旗代表 (each selected society and team). Labels shown on the task.
  public static final String RECIPIENT_NAME = "recipientName";
  public static final String RECIPIENT_KIND = "recipientKind";
  public static final String ATTENDING = "attending";
  public static final String REPRESENTATIVE_NAME = "representativeName";
  public static final String REPRESENTATIVE_TITLE = "representativeTitle";
  public static final String REPRESENTATIVE_MOBILE = "representativeMobile";
  /** Why nobody attends (when attending is NO). */
  public static final String ABSENCE_NOTE = "absenceNote";
  /** The values of the attending radio group. */
  public static final String YES = "YES";
  public static final String NO = "NO";

  // 编排座谈会议程 (ceremony team).
  public static final String START_TIME = "startTime";
  public static final String HOST = "ceremonyHost";
  public static final String LAUNCH_PRESENTER = "launchPresenter";
  public static final String CORPS_PRESENTER = "corpsFlagPresenter";
  public static final String CORPS_RECIPIENT = "corpsFlagRecipient";
  public static final String FLAG_ORDER = "flagOrder";
  public static final String FLAG_BATCH_SIZE = "flagBatchSize";
  public static final String FLAG_PRESENTERS = "flagPresenters";
  public static final String SHOWCASE_ITEMS = "showcaseItems";
  public static final String INTERVIEWS = "interviews";
  public static final String LINK_MINUTES = "linkMinutes";
  public static final String FINALISED = "runningOrderFinal";
  public static final String RUNNING_ORDER_SUMMARY = "runningOrderSummary";

  // 登记活动成效 (ceremony team).
  public static final String VENUE_OUTCOMES = "venueOutcomes";
  public static final String OUTCOME_VENUE_CODE = "venueCode";
  public static final String OUTCOME_VENUE_NAME = "venueName";
  public static final String OUTCOME_HELD = "held";
  public static final String OUTCOME_MEDIA = "mediaLink";
  public static final String FLAG_OPTIONS = "flagOptions";
  public static final String FLAG_EXCEPTIONS = "flagExceptions";
  public static final String EXCEPTION_RECIPIENT = "recipient";
  public static final String EXCEPTION_KIND = "exception";
  public static final String CEREMONY_MEDIA = "ceremonyMedia";
  public static final String CEREMONY_SUMMARY = "ceremonySummary";
  /** Set on close: the campaign's outcome in one Chinese line for Cockpit. */
  public static final String CAMPAIGN_SUMMARY = "campaignSummary";

  private SymposiumProcess() {
  }
}
