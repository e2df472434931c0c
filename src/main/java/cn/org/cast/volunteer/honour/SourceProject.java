package cn.org.cast.volunteer.honour;

import cn.org.cast.volunteer.project.EvaluationGrade;
import cn.org.cast.volunteer.project.ProjectStatus;
import cn.org.cast.volunteer.project.ServiceProject;

/**
 * A service project as a nomination's ground: its code, title, state and evaluation, and whether the team in
 * question took part in it.
 */
record SourceProject(String code, String title, ProjectStatus status, EvaluationGrade grade,
    boolean teamTookPart) {

  static SourceProject of(ServiceProject project, boolean teamTookPart) {
    return new SourceProject(ModelProposal.projectCode(project.id()), project.title(), project.status(),
        project.grade(), teamTookPart);
  }

  /** What the public sees of it: no state, no team. */
  public record Shown(String code, String title, String grade) {}

  Shown shown() {
    return new Shown(code, title, gradeLabel());
  }

  String gradeLabel() {
    return grade == null ? "未评价" : grade.label();
  }
}
