package cn.org.cast.volunteer.team;

/** The level above's answer to a team's application. */
public enum TeamDecision {
  APPROVE("同意组建"),
  RETURN("退回修改"),
  REJECT("不予登记");

  private final String label;

  TeamDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
