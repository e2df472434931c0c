package cn.org.cast.volunteer.demand;

/** How a demand came in. */
enum DemandChannel {
  PUBLIC("公众在线提交"),
  STAFF("工作人员录入");

  private final String label;

  DemandChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
