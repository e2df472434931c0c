package cn.org.cast.volunteer.venue;

/** The AV engineer's verdict on the picture in a connection test. */
public enum PictureQuality {
  HD("高清"),
  SD("标清"),
  POOR("较差");

  private final String label;

  PictureQuality(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
