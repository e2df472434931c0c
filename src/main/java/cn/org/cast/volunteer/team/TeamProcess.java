package cn.org.cast.volunteer.team;

/** Ids of the teamRegistration model and its forms, and the names of its variables. */
public final class TeamProcess {

  public static final String KEY = "teamRegistration";
  public static final String APPLICATION_FORM = "teamApplication";
  public static final String APPROVAL_FORM = "teamApproval";

  public static final String APPLIED = "teamApplied";
  public static final String REGISTER_APPLICATION = "registerApplication";
  public static final String APPROVE_TASK = "approveTeam";
  public static final String REVISE_TASK = "reviseApplication";
  public static final String UPDATE_APPLICATION = "updateApplication";
  public static final String ACTIVE_END = "teamActive";
  public static final String REJECTED_END = "teamRejected";

  /** Who applied (the start event's initiator); the revision task is theirs. */
  public static final String APPLICANT = "applicant";
  public static final String TEAM_ID = "teamId";
  /** The Camunda group of the level above, who approves. */
  public static final String APPROVER_GROUP = "approverGroup";
  /** Shown on the approval form: where the team will stand. */
  public static final String PARENT_TEAM_NAME = "parentTeamName";
  public static final String HOST_ORGANIZATION = "hostOrganization";

  public static final String TEAM_NAME = "teamName";
  /** The code of the team above (e.g. T12); empty to register the organisation's own corps. */
  public static final String PARENT_TEAM = "parentTeam";
  public static final String SERVICE_FIELD = "serviceField";
  public static final String LEADER_NAME = "leaderName";
  public static final String LEADER_MOBILE = "leaderMobile";
  public static final String MEMBERS = "teamMembers";
  public static final String MEMBER_NAME = "memberName";
  public static final String MEMBER_MOBILE = "memberMobile";
  public static final String MEMBER_EXPERTISE = "memberExpertise";
  /** A post the member holds in an association (a grassroots leader: hospital director, school head, …). */
  public static final String ASSOCIATION_POST = "associationPost";

  public static final String TEAM_DECISION = "teamDecision";
  public static final String DECISION_COMMENT = "teamDecisionComment";

  private TeamProcess() {
  }
}
