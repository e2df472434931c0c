package cn.org.cast.volunteer.venue;

/** What the main venue shows of a sub-venue whose live picture dropped. */
public enum FallbackMode {
  RECORDED_VIDEO("录播视频"),
  AUDIO_ONLY("仅音频");

  private final String label;

  FallbackMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
