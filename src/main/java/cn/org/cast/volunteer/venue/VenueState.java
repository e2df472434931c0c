package cn.org.cast.volunteer.venue;

/** Where a sub-venue stands, from its registration to the end of its live link (the board shows these). */
public enum VenueState {
  REGISTERING("登记中"),
  REHEARSAL("联调中"),
  READY("待开播"),
  RECORDED("录播"),
  WAITING("等待连线"),
  CONNECTED("已连线"),
  ON_AIR("直播中"),
  FALLBACK("备播中"),
  DONE("已结束");

  private final String label;

  VenueState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The states of the live phase, in which signals move a venue on. */
  public boolean isLive() {
    return this == WAITING || this == CONNECTED || this == ON_AIR || this == FALLBACK;
  }
}
