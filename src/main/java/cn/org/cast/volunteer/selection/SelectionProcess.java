package cn.org.cast.volunteer.selection;

/** Element ids, variable names and form ids of the selection stage in processes/campaign.bpmn. */
public final class SelectionProcess {

  public static final String ASSIGN_SCORING_TASK = "assignScoring";
  public static final String SCORE_TASK = "scorePlan";
  public static final String AGGREGATE_TASK = "aggregateScores";
  public static final String DISCUSS_TASK = "discussScores";
  public static final String PROPOSE_TASK = "proposeSelection";
  public static final String DECIDE_TASK = "decideSelection";

  /** 声明利益冲突: a reviewer's declaration of the organisations to stand aside from. */
  public static final String CONFLICT_PROCESS_KEY = "conflictDeclaration";
  public static final String CONFLICT_FORM = "conflictDeclaration";
  public static final String CONFLICT_ORGS = "conflictOrgCodes";
  public static final String CONFLICT_REASON = "conflictReason";

  public static final String SCORE_FORM = "planScore";
  public static final String DISCUSS_FORM = "scoreDiscussion";
  public static final String DECIDE_FORM = "committeeDecision";

  // The committee's form: the proposal (on the task only), the changes, the approval.
  public static final String PROPOSAL_PREFIX = "proposal";
  public static final String QUOTA_SUMMARY = "quotaSummary";
  public static final String SELECTION_CHANGES = "selectionChanges";
  public static final String CHANGE_POOL = "changePool";
  public static final String CHANGE_CANDIDATE = "changeCandidate";
  public static final String CHANGE_ACTION = "changeAction";
  public static final String CHANGE_REASON = "changeReason";
  public static final String QUOTA_REASON = "quotaReason";
  public static final String APPROVE_SELECTION = "approveSelection";

  /** The multi-instance element of 评分: "planId:reviewer". */
  public static final String SCORING_ASSIGNMENT = "scoringAssignment";
  /** The multi-instance element of 评分分歧讨论: a disputed plan's id. */
  public static final String DISPUTED_PLAN = "disputedPlanId";
  public static final String SCORED_PLANS = "scoredPlans";
  /** When every scoring task is due (working days from the assignment); reminders come before it. */
  public static final String SCORING_DUE_AT = "scoringDueAt";
  public static final String SCORING_REMINDER_EVENT = "scoringReminderDue";
  public static final String DISPUTED_PLANS = "disputedPlans";
  public static final String UNDERSTAFFED_PLANS = "understaffedPlans";

  /** The score form's fields: one per rubric criterion, e.g. score_PREPARATION. */
  public static final String POINTS_PREFIX = "score_";
  public static final String SCORE_COMMENT = "scoreComment";
  public static final String AGREED_SCORE = "agreedScore";
  public static final String AGREED_REASON = "agreedReason";

  // On the scoring and discussion tasks only: what the reviewer scores.
  public static final String PLAN_ID = "planId";
  public static final String HOST_ORGANIZATION = "hostOrganization";
  public static final String ACTIVITY_NAME = "activityName";
  public static final String PLAN_TEXT = "planText";
  public static final String SCORES_SO_FAR = "scoresSoFar";

  private SelectionProcess() {
  }
}
