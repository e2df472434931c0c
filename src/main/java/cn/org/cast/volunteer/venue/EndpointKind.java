package cn.org.cast.volunteer.venue;

/** How a sub-venue joins the main venue's video conference. */
public enum EndpointKind {
  VIDEO_CONFERENCE("视频会议终端"),
  STREAM("直播推流"),
  WEB_MEETING("网络会议室");

  private final String label;

  EndpointKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
