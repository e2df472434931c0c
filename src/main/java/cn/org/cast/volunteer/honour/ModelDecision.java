package cn.org.cast.volunteer.honour;

/** CAST's organisers' answer to a nomination. */
public enum ModelDecision {
  APPROVE("同意发布"),
  RETURN("退回修改"),
  REJECT("不予推荐");

  private final String label;

  ModelDecision(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
