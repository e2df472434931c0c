package cn.org.cast.volunteer.project;

import java.time.LocalDate;

import cn.org.cast.volunteer.RecordCode;
import cn.org.cast.volunteer.team.ServiceField;

/** A volunteer service project as on record; its code (e.g. S12) is its process's business key. */
public record ServiceProject(long id, String title, String ownerCode, ServiceField kind, String goals,
    LocalDate startsOn, LocalDate endsOn, int reportEveryDays, ProjectStatus status, EvaluationGrade grade,
    String evaluationSummary) {

  private static final RecordCode CODE = new RecordCode("S");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }
}
