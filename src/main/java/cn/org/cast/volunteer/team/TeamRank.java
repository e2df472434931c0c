package cn.org.cast.volunteer.team;

/** Where a team stands in the corps hierarchy (seed T1). */
public enum TeamRank {
  /** CAST's China S&T Volunteer Corps, the root. */
  NATIONAL_CORPS("中国科技志愿者总队"),
  /** A national society's or provincial association's own corps, under the national corps. */
  ORGANIZATION_CORPS("总队"),
  /** A team of a branch or lower body, under its organisation's corps or under another team. */
  TEAM("服务队");

  private final String label;

  TeamRank(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
