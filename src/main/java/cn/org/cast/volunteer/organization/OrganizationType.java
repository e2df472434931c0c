package cn.org.cast.volunteer.organization;

/** The kinds of recipient the notice names (seed N2). */
public enum OrganizationType {
  /** 全国学会 */
  NATIONAL_SOCIETY,
  /** 省级科协 */
  PROVINCIAL_ASSOCIATION;
}
