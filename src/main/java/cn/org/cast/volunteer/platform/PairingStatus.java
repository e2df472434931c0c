package cn.org.cast.volunteer.platform;

/** A pairing request's state: waiting for approval, sent back, in force, or refused. */
enum PairingStatus {
  REQUESTED("待审批"),
  RETURNED("退回修改"),
  ACTIVE("已结对"),
  REJECTED("不予结对");

  private final String label;

  PairingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
