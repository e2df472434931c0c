package cn.org.cast.volunteer.project;

/** Where a service project stands. */
public enum ProjectStatus {
  RECRUITING("招募志愿者"),
  AWAITING_APPROVAL("待审批"),
  RUNNING("实施中"),
  EVALUATING("待评估"),
  CLOSED("已结项"),
  REJECTED("未获批准");

  private final String label;

  ProjectStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
