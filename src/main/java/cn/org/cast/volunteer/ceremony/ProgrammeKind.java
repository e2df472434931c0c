package cn.org.cast.volunteer.ceremony;

/** The kinds of item in the symposium's running order (议程), in the order seed K2 gives them. */
public enum ProgrammeKind {
  OPENING("开场"),
  LAUNCH("启动仪式"),
  CORPS_FLAG("向中国科技志愿服务总队授旗"),
  FLAG_BATCH("授旗"),
  SHOWCASE("服务行动展示"),
  INTERVIEW("志愿者访谈"),
  VENUE_LINK("分会场连线"),
  CLOSING("结束");

  private final String label;

  ProgrammeKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
