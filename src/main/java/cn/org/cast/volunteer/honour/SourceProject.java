package cn.org.cast.volunteer.honour;

/**
 * A service project as a nomination's ground: its code, title, state and evaluation (labels as the public
 * list shows them), and whether the team in question took part in it.
 */
public record SourceProject(String code, String title, String status, String grade, boolean teamTookPart) {

  static final String CLOSED = "CLOSED";
  static final String FAILED = "FAILED";

  /** What the public sees of it: no state, no team. */
  public record Shown(String code, String title, String grade) {}

  Shown shown() {
    return new Shown(code, title, gradeLabel());
  }

  String gradeLabel() {
    return switch (grade == null ? "" : grade) {
      case "EXCELLENT" -> "优秀";
      case "GOOD" -> "良好";
      case "PASSED" -> "合格";
      case FAILED -> "不合格";
      default -> "未评价";
    };
  }
}
