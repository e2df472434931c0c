package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.ServiceField;

/** A project as its set-up form submitted it (checked by {@link ProjectSetupValidator}). */
public record ProjectPlan(String title, ServiceField kind, String goals, List<String> demandCodes, LocalDate startsOn,
    LocalDate endsOn, int reportEveryDays, List<Indicator> indicators) {

  /** How demand codes may be separated: commas (either width), 顿号, spaces. */
  static final String CODE_SEPARATORS = "[\\s,，、]+";

  public static ProjectPlan of(FormValues values) {
    List<Indicator> indicators = new ArrayList<>();
    for (FormValues indicator : values.list(INDICATORS)) {
      indicators.add(new Indicator(indicators.size() + 1, indicator.text(INDICATOR_NAME), indicator.text(INDICATOR_UNIT),
          new BigDecimal(indicator.text(INDICATOR_TARGET)), null));
    }
    return new ProjectPlan(values.text(TITLE), ServiceField.valueOf(values.text(SERVICE_KIND)), values.text(GOALS),
        demandCodes(values.text(DEMAND_CODES)), values.date(STARTS_ON), values.date(ENDS_ON),
        values.integer(REPORT_EVERY_DAYS), indicators);
  }

  /** The distinct codes of a list like "D3, d7、D3", upper-cased in the order given. */
  static List<String> demandCodes(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.strip().split(CODE_SEPARATORS)).filter(code -> !code.isEmpty())
        .map(code -> code.toUpperCase(Locale.ROOT)).distinct().toList();
  }
}
