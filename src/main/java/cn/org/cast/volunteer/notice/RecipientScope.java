package cn.org.cast.volunteer.notice;

/** Which registry organisations a campaign's notice goes to. */
public enum RecipientScope {
  /** Every organisation of the registry (seed N2). */
  ALL,
  NATIONAL_SOCIETIES,
  PROVINCIAL_ASSOCIATIONS,
  /** Only the organisations chosen on the start form. */
  SELECTED
}
