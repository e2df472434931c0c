package cn.org.cast.volunteer.notice;

public enum CampaignStatus {
  /** Registered from the start form, notice not yet issued. */
  REGISTERED,
  /** Notice issued, plans being collected. */
  COLLECTING,
  /** Collection ended (all plans settled or closed early); selection comes next. */
  COLLECTION_ENDED,
  /** The committee's selection published and every organisation told its outcome. */
  SELECTION_PUBLISHED,
  /** The symposium held, its outcome recorded, the selected teams handed on to the standing work. */
  CONCLUDED;

  /** Whether everyone signed in may read the selection lists. */
  public boolean selectionPublic() {
    return compareTo(SELECTION_PUBLISHED) >= 0;
  }
}
