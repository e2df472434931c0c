package cn.org.cast.volunteer.platform;

import cn.org.cast.volunteer.team.TeamProcess;

/** Ids of the centrePairing model and its forms, and the names of its variables. */
public final class PairingProcess {

  public static final String KEY = "centrePairing";
  public static final String REQUEST_FORM = "pairingRequest";
  public static final String APPROVAL_FORM = "pairingApproval";

  public static final String REQUESTED = "pairingRequested";
  public static final String REGISTER_REQUEST = "registerPairingRequest";
  public static final String APPROVE_TASK = "approvePairing";
  public static final String REVISE_TASK = "revisePairingRequest";
  public static final String UPDATE_REQUEST = "updatePairingRequest";
  public static final String ACTIVE_END = "pairingActive";
  public static final String REJECTED_END = "pairingRejected";

  /**
   * Who asked (the start event's initiator); the revision task is theirs. The same variable as the team
   * registration's, so that its listener keeps the requester off the approval here too.
   */
  public static final String APPLICANT = TeamProcess.APPLICANT;
  public static final String PAIRING_ID = "pairingId";
  /** The Camunda group that approves: the provincial association of the centre's province, or CAST's organisers. */
  public static final String APPROVER_GROUP = "approverGroup";
  /** Shown on the approval form. */
  public static final String CENTRE_NAME = "centreName";
  public static final String CENTRE_PLACE = "centrePlace";
  /** The requesting organisation's name, under the name Tasklist's filters show as 报送单位. */
  public static final String REQUESTER_ORGANIZATION = "hostOrganization";
  public static final String PARTY_NAME = "partyName";

  public static final String CENTRE_CODE = "centreCode";
  public static final String PARTY = "pairingParty";
  /** The team's code (e.g. T12) when one of the organisation's teams pairs. */
  public static final String TEAM_CODE = "teamCode";
  public static final String CONTENT = "pairingContent";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_MOBILE = "contactMobile";
  public static final String STARTS_ON = "startsOn";
  public static final String ENDS_ON = "endsOn";

  public static final String DECISION = "pairingDecision";
  public static final String DECISION_COMMENT = "pairingDecisionComment";

  private PairingProcess() {
  }
}
