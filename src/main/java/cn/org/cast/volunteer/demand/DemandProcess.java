package cn.org.cast.volunteer.demand;

/** Ids of the demandTriage model and its forms, and the names of its variables and fields. */
public final class DemandProcess {

  public static final String KEY = "demandTriage";
  public static final String ENTRY_FORM = "demandEntry";
  public static final String TRIAGE_FORM = "demandTriageDecision";

  public static final String STAFF_START = "demandEntered";
  /** The public form's way in: a message start, sent by the app itself (no user), never by the caller. */
  public static final String PUBLIC_START = "demandSubmittedPublicly";
  public static final String PUBLIC_MESSAGE = "demandSubmittedPublicly";
  public static final String RECORD_DEMAND = "recordDemand";
  public static final String FIND_DUPLICATES = "findDuplicates";
  public static final String TRIAGE_TASK = "triageDemand";
  public static final String ACCEPTED_END = "demandAccepted";
  public static final String MERGED_END = "demandMerged";
  public static final String DECLINED_END = "demandDeclined";

  /** The staff member who entered the demand (the start event's initiator). */
  public static final String ENTERED_BY = "enteredBy";
  public static final String DEMAND_ID = "demandId";
  public static final String DEMAND_CODE = "demandCode";
  /** The owning association's Camunda group (its code), who triages. */
  public static final String OWNER_GROUP = "ownerGroup";
  public static final String OWNER_NAME = "ownerName";
  public static final String CHANNEL_LABEL = "channelLabel";
  /** Shown on the triage form: the owner's demands with a similar title. */
  public static final String DUPLICATES = "duplicateCandidates";

  public static final String TITLE = "demandTitle";
  public static final String DESCRIPTION = "demandDescription";
  public static final String SUBMITTER_KIND = "submitterKind";
  public static final String SUBMITTER_NAME = "submitterName";
  public static final String CONTACT_NAME = "contactName";
  public static final String CONTACT_MOBILE = "contactMobile";
  public static final String REGION = "region";
  public static final String TECH_FIELD = "techField";
  public static final String SERVICE_KIND = "serviceKind";
  public static final String KEY_CORE = "keyCoreTechnology";
  /** Public form only: the association chosen to handle it (受理单位); empty for the region's association. */
  public static final String OWNER_CODE = "ownerCode";
  /** Public form only: a field people never see, so that only a robot fills it in. */
  public static final String HONEYPOT = "website";

  public static final String TRIAGE_DECISION = "triageDecision";
  public static final String MERGE_INTO = "mergeInto";
  public static final String DECLINE_REASON = "declineReason";

  private DemandProcess() {
  }
}
