package cn.org.cast.volunteer.honour;

import cn.org.cast.volunteer.team.TeamProcess;

/** Ids of the modelNomination model and its forms, and the names of its variables. */
public final class ModelProcess {

  public static final String KEY = "modelNomination";
  public static final String PROPOSAL_FORM = "modelProposal";
  public static final String REVIEW_FORM = "modelReview";

  public static final String NOMINATED = "modelNominated";
  public static final String REGISTER_NOMINATION = "registerNomination";
  public static final String REVIEW_TASK = "reviewNomination";
  public static final String REVISE_TASK = "reviseNomination";
  public static final String UPDATE_NOMINATION = "updateNomination";
  public static final String PUBLISHED_END = "modelPublished";
  public static final String REJECTED_END = "nominationRejected";

  /**
   * Who nominated (the start event's initiator); the revision is theirs. Named as the team process names
   * its applicant, so that the same listener keeps them off the review.
   */
  public static final String NOMINATOR = TeamProcess.APPLICANT;
  public static final String NOMINATION_ID = "nominationId";
  /** Shown on the review form and in Tasklist's lists. */
  public static final String HOST_ORGANIZATION = "hostOrganization";
  public static final String TEAM_NAME = "modelTeamName";
  public static final String SOURCES = "modelSources";

  public static final String KIND = "modelKind";
  /** The code of the team nominated, or of the team the person serves in (e.g. T12). */
  public static final String TEAM_CODE = "modelTeam";
  public static final String PERSON_NAME = "personName";
  public static final String PERSON_ROLE = "personRole";
  /** Codes of closed service projects the team took part in, e.g. "S3, S7". */
  public static final String SOURCE_PROJECTS = "sourceProjects";
  /** Ticked when the team's selection in a campaign is one of the grounds. */
  public static final String CAMPAIGN_SOURCE = "campaignSource";
  public static final String DEEDS = "deeds";
  public static final String CASE_TITLE = "caseTitle";
  public static final String CASE_TEXT = "caseText";

  public static final String DECISION = "modelDecision";
  /** The title the published entry bears (表彰称号), e.g. 科技志愿服务先进队伍. */
  public static final String CITATION = "citation";
  public static final String DECISION_COMMENT = "modelDecisionComment";

  private ModelProcess() {
  }
}
