package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.org.cast.volunteer.form.FormValues;

/**
 * A nomination as its form submitted it (checked by {@link ModelProposalValidator}): who, on which grounds
 * (closed service projects by their ids, and/or the team's campaign selection), their deeds and case.
 */
public record ModelProposal(ModelKind kind, String teamCode, String personName, String personRole,
    List<Long> projectIds, boolean campaignSource, String deeds, String caseTitle, String caseText) {

  static final Pattern PROJECT_CODE = Pattern.compile("[Ss]\\d{1,12}");
  private static final String SEPARATORS = "[，,、;；\\s]+";

  public static ModelProposal of(FormValues values) {
    ModelKind kind = ModelKind.valueOf(values.text(KIND));
    boolean person = kind == ModelKind.TYPICAL_PERSON;
    List<Long> projects = projectCodes(values.text(SOURCE_PROJECTS)).stream()
        .map(code -> Long.valueOf(code.substring(1))).distinct().toList();
    return new ModelProposal(kind, values.text(TEAM_CODE).toUpperCase(Locale.ROOT), person ? values.text(PERSON_NAME) : null,
        person ? values.text(PERSON_ROLE) : null, projects, Boolean.TRUE.equals(values.raw(CAMPAIGN_SOURCE)),
        values.text(DEEDS), values.text(CASE_TITLE), values.text(CASE_TEXT));
  }

  /** The codes a person typed, one or more, separated as people do (commas, 、, spaces). */
  static List<String> projectCodes(String text) {
    return text == null ? List.of() : Stream.of(text.strip().split(SEPARATORS)).filter(code -> !code.isEmpty()).toList();
  }

  public static String projectCode(long id) {
    return "S" + id;
  }
}
