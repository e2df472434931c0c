package cn.org.cast.volunteer.selection;

/** Where a candidate stands in the selection. */
public enum SelectionStatus {
  SELECTED("入选", "入选"),
  WAITLISTED("候补", "候补"),
  NOT_QUALIFIED("未达标准", "未入选");

  private final String label;
  private final String outcome;

  SelectionStatus(String label, String outcome) {
    this.label = label;
    this.outcome = outcome;
  }

  /** For the committee, who see why a candidate was left out. */
  public String label() {
    return label;
  }

  /** As published and told to the organisation: selected, waitlisted or not selected. */
  public String outcome() {
    return outcome;
  }
}
