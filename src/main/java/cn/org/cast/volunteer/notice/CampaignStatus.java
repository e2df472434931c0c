package cn.org.cast.volunteer.notice;

public enum CampaignStatus {
  /** Registered from the start form, notice not yet issued. */
  REGISTERED,
  /** Notice issued, plans being collected. */
  COLLECTING,
  /** Collection ended (all plans settled or closed early); selection comes next. */
  COLLECTION_ENDED,
  /** The committee's selection published and every organisation told its outcome. */
  SELECTION_PUBLISHED
}
