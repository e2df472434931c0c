package cn.org.cast.volunteer.demand;

/** The owning association's answer to a new demand. */
public enum TriageDecision {
  ACCEPT("纳入需求库"),
  MERGE("与重复需求合并"),
  DECLINE("不予受理");

  private final String label;

  TriageDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
