package cn.org.cast.volunteer.ceremony;

/** What did not go as planned for one flag on the day. */
public enum FlagException {
  ABSENT("代表未出席（委托他人代领）"),
  NOT_PRESENTED("未授旗");

  private final String label;

  FlagException(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
