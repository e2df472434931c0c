package cn.org.cast.volunteer.project;

/** Ids of the serviceProject model and its forms, and the names of its variables. */
public final class ProjectProcess {

  public static final String KEY = "serviceProject";
  public static final String SETUP_FORM = "projectSetup";
  public static final String RECRUITMENT_FORM = "projectRecruitment";
  public static final String APPROVAL_FORM = "projectApproval";
  public static final String REPORT_FORM = "projectReport";
  public static final String EVALUATION_FORM = "projectEvaluation";

  public static final String PROPOSED = "projectProposed";
  public static final String REGISTER_PROJECT = "registerProject";
  public static final String RECRUIT_TASK = "recruitVolunteers";
  public static final String APPROVE_TASK = "approveProject";
  public static final String REVISE_TASK = "reviseProject";
  public static final String UPDATE_PROJECT = "updateProject";
  public static final String REJECTED_END = "projectRejected";
  public static final String SCHEDULE_REPORT = "scheduleReport";
  public static final String REPORT_TASK = "reportProgress";
  public static final String MORE_REPORTS = "moreReports";
  public static final String REPORT_REMINDER = "reportReminderDue";
  public static final String REPORT_OVERDUE = "reportOverdue";
  public static final String REMIND_REPORT = "remindReport";
  public static final String NOTICE_OVERDUE = "noticeReportOverdue";
  public static final String EVALUATE_TASK = "evaluateProject";
  public static final String CLOSED_END = "projectClosed";

  /** Who set the project up (the start event's initiator); a returned set-up is theirs to revise. */
  public static final String APPLICANT = "applicant";
  public static final String PROJECT_ID = "projectId";
  /** The owning association's Camunda group: it recruits, reports and evaluates. */
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String OWNER_NAME = "ownerName";

  public static final String TITLE = "projectTitle";
  public static final String SERVICE_KIND = "serviceKind";
  public static final String GOALS = "projectGoals";
  /** The demands taken on, as codes from the library, e.g. "D3, D7". */
  public static final String DEMAND_CODES = "demandCodes";
  public static final String STARTS_ON = "startsOn";
  public static final String ENDS_ON = "endsOn";
  public static final String REPORT_EVERY_DAYS = "reportEveryDays";
  public static final String INDICATORS = "indicators";
  public static final String INDICATOR_NAME = "indicatorName";
  public static final String INDICATOR_UNIT = "indicatorUnit";
  public static final String INDICATOR_TARGET = "indicatorTarget";
  public static final String INDICATOR_ACHIEVED = "indicatorAchieved";

  /** Shown on the recruitment form: the active teams whose field is the project's kind. */
  public static final String MATCHING_TEAMS = "matchingTeams";
  public static final String RECRUITED_TEAMS = "recruitedTeams";
  public static final String TEAM_CODE = "teamCode";
  public static final String VOLUNTEER_COUNT = "volunteerCount";

  public static final String PROJECT_DECISION = "projectDecision";
  public static final String DECISION_COMMENT = "projectDecisionComment";

  public static final String REPORT_NUMBER = "reportNumber";
  public static final String REPORT_COUNT = "reportCount";
  public static final String REPORT_DUE = "reportDue";
  public static final String PROGRESS = "progress";
  public static final String MORE_REPORTS_DUE = "moreReportsDue";

  public static final String EVALUATION_GRADE = "evaluationGrade";
  public static final String EVALUATION_SUMMARY = "evaluationSummary";
  public static final String DEMAND_RESULTS = "demandResults";
  public static final String DEMAND_CODE = "demandCode";
  public static final String DEMAND_TITLE = "demandTitle";
  public static final String DEMAND_RESULT = "demandResult";

  private ProjectProcess() {
  }
}
