package cn.org.cast.volunteer.plan;

/** Element ids, variable names and form ids of processes/preparation-plan.bpmn. */
public final class PlanProcess {

  public static final String KEY = "preparationPlan";

  public static final String START_EVENT = "planRequested";
  public static final String OPEN_PLAN_TASK = "openPlan";
  public static final String SUBMIT_TASK = "submitPlan";
  public static final String SUBMISSION_GATEWAY = "submissionChoice";
  public static final String REVIEW_TASK = "reviewPlan";
  public static final String REVIEW_GATEWAY = "reviewOutcome";
  public static final String WITHDRAWN_END = "planWithdrawn";
  public static final String APPROVED_END = "planApproved";
  public static final String REJECTED_END = "planRejected";
  public static final String NOT_SUBMITTED_END = "planNotSubmitted";

  // Deadlines (the timers' ids are the moments they wait for).
  public static final String FIRST_REMINDER_TIMER = "firstReminderDue";
  public static final String SECOND_REMINDER_TIMER = "secondReminderDue";
  public static final String DEADLINE_DAY_REMINDER_TIMER = "deadlineDayReminderDue";
  public static final String DEADLINE_TIMER = "planDeadlinePassed";
  public static final String MARK_OVERDUE_TASK = "markPlanOverdue";
  public static final String OVERDUE_TASK = "handleOverduePlan";
  public static final String OVERDUE_GATEWAY = "overdueOutcome";
  public static final String EXTEND_TASK = "extendPlanDeadline";
  public static final String REVIEW_REMINDER_TIMER = "reviewReminderDue";
  public static final String REVIEW_DUE_TIMER = "reviewDuePassed";
  public static final String OVERDUE_FORM = "overduePlan";

  public static final String SUBMISSION_FORM = "planSubmission";
  public static final String REVIEW_FORM = "planReview";

  // Passed in by the campaign, or set when the plan is opened.
  public static final String CAMPAIGN_ID = "campaignId";
  public static final String ORG_CODE = "orgCode";
  public static final String PLAN_DUE_AT = "planDueAt";
  public static final String CAMPAIGN_NAME = "campaignName";
  public static final String NOTICE_CONTACTS = "noticeContacts";
  public static final String REVIEW_DUE_AT = "reviewDueAt";
  /** Input of the reminder steps: which of the configured reminder points (0, 1, 2). */
  public static final String REMINDER_ORDINAL = "reminderOrdinal";
  public static final String PLAN_ID = "planId";
  public static final String PLAN_STATUS = "planStatus";
  public static final String REVISION = "revision";
  public static final String SUBMITTED_AT = "submittedAt";

  // Attachment 1, as the submission form writes it.
  public static final String HOST_ORGANIZATION = "hostOrganization";
  public static final String SUBMISSION_ACTION = "submissionAction";
  public static final String WITHDRAW_REASON = "withdrawReason";
  public static final String ACTIVITY_NAME = "activityName";
  public static final String ORGANIZING_UNIT = "organizingUnit";
  public static final String DOCKING_PLATFORM = "dockingPlatform";
  public static final String DOCKING_PLATFORM_NAME = "dockingPlatformName";
  public static final String VIDEO_LINK = "videoLink";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_OFFICE_PHONE = "contactOfficePhone";
  public static final String CONTACT_MOBILE = "contactMobile";
  public static final String CONTACT_FAX = "contactFax";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String PLAN_TEXT = "planText";
  public static final String VOLUNTEER_TEAMS = "volunteerTeams";
  public static final String TEAM_NAME = "teamName";
  public static final String TEAM_LEVEL = "teamLevel";
  public static final String TEAM_LEADER = "teamLeader";
  public static final String TEAM_MEMBER_COUNT = "memberCount";
  public static final String SUB_VENUES = "subVenues";
  public static final String NOMINATED_SOCIETIES = "nominatedSocieties";
  public static final String NOMINEE_NAME = "nomineeName";
  public static final String NOMINEE_REGION = "nomineeRegion";
  public static final String VENUE_NAME = "venueName";
  public static final String VENUE_KIND = "venueKind";
  public static final String VENUE_ORGANIZER = "venueOrganizer";
  public static final String VENUE_ADDRESS = "venueAddress";

  // The organiser's form for an overdue plan.
  public static final String OVERDUE_DECISION = "overdueDecision";
  public static final String NEW_DEADLINE = "newDeadline";
  public static final String OVERDUE_REASON = "overdueReason";

  // The review form.
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";

  private PlanProcess() {
  }
}
