package cn.org.cast.volunteer.plan;

/** Where a recipient's plan stands; the collection result counts plans per status. */
public enum PlanStatus {
  NOT_STARTED("未提交"),
  SUBMITTED("待审核"),
  RETURNED("退回修改"),
  APPROVED("已通过"),
  REJECTED("未通过"),
  WITHDRAWN("已撤回（不参加）"),
  /** The deadline passed without a submission; the organiser decides. */
  OVERDUE("逾期未提交（待处理）"),
  /** The organiser granted a new deadline. */
  EXTENDED("已延期"),
  /** The organiser closed it after the deadline. */
  NOT_SUBMITTED("逾期未提交（已关闭）"),
  /** Still open when the organiser closed collection early. */
  CLOSED("征集结束时未办结");

  private final String label;

  PlanStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
