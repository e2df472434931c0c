package cn.org.cast.volunteer.selection;

/** The three things CAST selects from the approved plans (seed K1, R1). */
public enum Pool {
  /** 学会: the host organisations (and, later, the lower-level societies they nominate). */
  SOCIETY("学会"),
  /** 科技志愿服务队: the teams named in the plans. */
  TEAM("科技志愿服务队"),
  /** 分会场: the venues proposed by plans that ask for the video link. */
  VENUE("分会场");

  private final String label;

  Pool(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
