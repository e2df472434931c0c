package cn.org.cast.volunteer.notice;

/** Element ids, variable names and form ids of processes/campaign.bpmn. */
public final class CampaignProcess {

  public static final String KEY = "campaign";

  public static final String START_EVENT = "campaignRequested";
  public static final String REGISTER_TASK = "registerCampaign";
  public static final String ISSUE_NOTICE_TASK = "issueNotice";
  public static final String COLLECTION_SUBPROCESS = "planCollection";
  public static final String NOTICE_BATCHES_ACTIVITY = "noticeBatches";
  /** processes/notice-batch.bpmn, called once per batch of recipients: its key and elements. */
  public static final String NOTICE_BATCH_KEY = "noticeBatch";
  public static final String OPEN_BATCH_TASK = "openNoticeBatch";
  public static final String COLLECT_PLANS_ACTIVITY = "collectPlans";
  public static final String CLOSE_EARLY_TASK = "closeCollectionEarly";
  public static final String REMIND_TASK = "remindUnsubmitted";
  public static final String SEND_MANUAL_REMINDERS_TASK = "sendManualReminders";
  public static final String ALL_SETTLED_END = "allPlansSettled";
  public static final String CLOSED_EARLY_END = "collectionClosedEarly";
  public static final String RECORD_RESULT_TASK = "recordCollectionResult";
  public static final String SCORING_END = "plansScored";

  public static final String START_FORM = "campaignStart";
  public static final String CLOSE_FORM = "closeCollection";
  public static final String REMIND_FORM = "remindUnsubmitted";

  // The start form's fields.
  public static final String CAMPAIGN_ID = "campaignId";
  public static final String CAMPAIGN_NAME = "campaignName";
  public static final String THEME = "theme";
  public static final String NOTICE_TEXT = "noticeText";
  public static final String ISSUE_DATE = "issueDate";
  public static final String PLAN_DEADLINE = "planDeadline";
  public static final String SYMPOSIUM_DATE = "symposiumDate";
  public static final String SOCIETY_QUOTA = "societyQuota";
  public static final String TEAM_QUOTA = "teamQuota";
  public static final String VENUE_QUOTA = "venueQuota";
  public static final String RECIPIENT_SCOPE = "recipientScope";
  public static final String RECIPIENT_CODES = "recipientCodes";
  public static final String NOTICE_CONTACTS = "noticeContacts";

  // Set by the process.
  public static final String PLAN_DUE_AT = "planDueAt";
  public static final String RECIPIENT_COUNT = "recipientCount";
  /** Transient, the recipients' codes in batches; each batch's execution holds its own as {@link #RECIPIENT_BATCH}. */
  public static final String RECIPIENT_BATCHES = "recipientBatches";
  public static final String RECIPIENT_BATCH = "recipientBatch";
  public static final String CLOSE_REASON = "closeReason";
  public static final String CLOSE_CONFIRMED = "closeConfirmed";

  // The organiser's reminder to every organisation that has not submitted.
  public static final String SEND_REMINDER = "sendReminder";
  public static final String REMINDER_NOTE = "reminderNote";
  /** On the reminder task only: who was reminded of what, when, and whether the mail went out. */
  public static final String REMINDER_LOG = "reminderLog";
  public static final String REMINDER_LOG_AT = "reminderLogAt";
  /** The completed reminder task: the occurrence of the reminders it sent. */
  public static final String MANUAL_REMINDER_ID = "manualReminderId";
  public static final String REMINDED_COUNT = "remindedCount";
  /** Plans per status when collection ended, one variable each, e.g. collectedAPPROVED. */
  public static final String COLLECTED_PREFIX = "collected";
  /** The same counts in one Chinese line for Cockpit, e.g. "已通过 98，未通过 12，已撤回（不参加） 3". */
  public static final String COLLECTION_SUMMARY = "collectionSummary";

  private CampaignProcess() {
  }
}
