package cn.org.cast.volunteer.honour;

/** Where a nomination stands: with the reviewers, back with the nominator, published, or refused. */
enum NominationStatus {
  NOMINATED("待评审"),
  RETURNED("退回修改"),
  PUBLISHED("已发布"),
  REJECTED("不予推荐");

  private final String label;

  NominationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
