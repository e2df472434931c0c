package cn.org.cast.volunteer.notice;

public enum CampaignStatus {
  /** Registered from the start form, notice not yet issued. */
  REGISTERED("已登记，通知待发布"),
  /** Notice issued, plans being collected. */
  COLLECTING("方案征集中"),
  /** Collection ended (all plans settled or closed early); selection comes next. */
  COLLECTION_ENDED("征集结束，遴选中"),
  /** The committee's selection published and every organisation told its outcome. */
  SELECTION_PUBLISHED("遴选结果已公布"),
  /** The symposium held, its outcome recorded, the selected teams handed on to the standing work. */
  CONCLUDED("活动已结束");

  private final String label;

  CampaignStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether everyone signed in may read the selection lists. */
  public boolean selectionPublic() {
    return compareTo(SELECTION_PUBLISHED) >= 0;
  }
}
