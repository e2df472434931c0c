package cn.org.cast.volunteer.selection;

/** Where a candidate stands in the selection. */
public enum SelectionStatus {
  SELECTED("入选"),
  WAITLISTED("候补"),
  NOT_QUALIFIED("未达标准");

  private final String label;

  SelectionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
