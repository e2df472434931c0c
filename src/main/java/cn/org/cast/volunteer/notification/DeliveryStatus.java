package cn.org.cast.volunteer.notification;

/** Where a message of the outbox stands. */
public enum DeliveryStatus {
  QUEUED("待发送"),
  SENDING("发送中"),
  SENT("已发送"),
  /** Retries used up; raised as an incident in Cockpit. */
  FAILED("发送失败");

  private final String label;

  DeliveryStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
