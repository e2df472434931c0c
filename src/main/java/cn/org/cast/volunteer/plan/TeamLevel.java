package cn.org.cast.volunteer.plan;

/** The level of a volunteer team in the corps hierarchy (seed T1). */
public enum TeamLevel {
  NATIONAL_SOCIETY_CORPS("全国学会总队"),
  PROVINCIAL_CORPS("省级科协总队"),
  BRANCH_TEAM("分支机构或下级学会服务队"),
  GRASSROOTS_TEAM("基层服务队");

  private final String label;

  TeamLevel(String label) {
    this.label = label;
  }

  /** The label the forms show. */
  public String label() {
    return label;
  }
}
