package cn.org.cast.volunteer.team;

/** A team's registration: applied for, sent back, active, or refused. */
public enum TeamStatus {
  APPLYING("待审批"),
  RETURNED("退回修改"),
  ACTIVE("已启用"),
  REJECTED("不予登记");

  private final String label;

  TeamStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
