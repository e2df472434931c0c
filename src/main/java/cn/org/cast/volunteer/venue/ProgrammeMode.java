package cn.org.cast.volunteer.venue;

/** How a sub-venue takes part in the symposium. */
public enum ProgrammeMode {
  LIVE("直播连线"),
  /** Dropped from the live programme: the main venue plays the video it sent. */
  RECORDED("录播视频");

  private final String label;

  ProgrammeMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
