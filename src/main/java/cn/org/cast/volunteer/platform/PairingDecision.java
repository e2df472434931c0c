package cn.org.cast.volunteer.platform;

/** The approver's answer to a pairing request. */
public enum PairingDecision {
  APPROVE("同意结对"),
  RETURN("退回修改"),
  REJECT("不予结对");

  private final String label;

  PairingDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
