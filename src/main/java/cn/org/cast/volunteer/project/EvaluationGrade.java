package cn.org.cast.volunteer.project;

/** The owning association's verdict on a project against its indicators. */
public enum EvaluationGrade {
  EXCELLENT("优秀"),
  GOOD("良好"),
  PASSED("合格"),
  FAILED("不合格");

  private final String label;

  EvaluationGrade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
