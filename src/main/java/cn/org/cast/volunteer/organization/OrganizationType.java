package cn.org.cast.volunteer.organization;

/** The kinds of recipient the notice names (seed N2). */
public enum OrganizationType {
  NATIONAL_SOCIETY("全国学会"),
  PROVINCIAL_ASSOCIATION("省级科协");

  private final String label;

  OrganizationType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
