package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The rules of 设立科技志愿服务项目 (forms/project-setup.form) that the values alone decide; whether the
 * demands may be taken on is the service's to check ({@link ProjectService#setUp}).
 */
@Component
public class ProjectSetupValidator implements FormValidator {

  static final int MAX_DEMANDS = 20;
  static final int MAX_INDICATORS = 10;
  static final int MAX_DAYS = 3 * 366;
  static final List<String> REPORT_INTERVALS = List.of("14", "30", "91");
  static final BigDecimal MAX_TARGET = new BigDecimal("1000000000");
  private static final Pattern DEMAND_CODE = Pattern.compile("D\\d{1,12}");
  private static final List<String> KINDS = Arrays.stream(ServiceField.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return SETUP_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(TITLE, "项目名称").length(TITLE, "项目名称", 4, 100)
        .required(SERVICE_KIND, "服务类型").oneOf(SERVICE_KIND, "服务类型", KINDS)
        .required(GOALS, "项目目标").length(GOALS, "项目目标", 10, 2000)
        .required(STARTS_ON, "开始日期").date(STARTS_ON, "开始日期")
        .required(ENDS_ON, "结束日期").date(ENDS_ON, "结束日期")
        .required(REPORT_EVERY_DAYS, "进展报告周期").oneOf(REPORT_EVERY_DAYS, "进展报告周期", REPORT_INTERVALS)
        .required(DEMAND_CODES, "承接的需求");
    List<String> codes = ProjectPlan.demandCodes(values.text(DEMAND_CODES));
    checks.check(codes.stream().allMatch(code -> DEMAND_CODE.matcher(code).matches()), DEMAND_CODES,
        "“承接的需求”应为需求库中的需求编号，如 D3，多个编号用逗号分隔")
        .check(codes.size() <= MAX_DEMANDS, DEMAND_CODES, "一个项目最多承接" + MAX_DEMANDS + "项需求");
    LocalDate start = values.date(STARTS_ON);
    LocalDate end = values.date(ENDS_ON);
    if (start != null && end != null) {
      checks.check(end.isAfter(start), ENDS_ON, "“结束日期”应晚于“开始日期”")
          .check(ChronoUnit.DAYS.between(start, end) <= MAX_DAYS, ENDS_ON, "项目周期不能超过三年");
    }
    checkIndicators(values, checks);
    return checks.violations();
  }

  private static void checkIndicators(FormValues values, FieldChecks checks) {
    List<FormValues> indicators = values.list(INDICATORS);
    if (indicators == null || indicators.isEmpty() || indicators.size() > MAX_INDICATORS) {
      checks.check(false, INDICATORS, "请填写绩效指标（1至" + MAX_INDICATORS + "项），每项写明目标值");
      return;
    }
    for (int i = 0; i < indicators.size(); i++) {
      checks.entry(indicators.get(i), "第" + (i + 1) + "项指标：")
          .required(INDICATOR_NAME, "指标名称").length(INDICATOR_NAME, "指标名称", 2, 100)
          .required(INDICATOR_UNIT, "单位").length(INDICATOR_UNIT, "单位", 1, 20)
          .required(INDICATOR_TARGET, "目标值").amount(INDICATOR_TARGET, "目标值", new BigDecimal("0.01"), MAX_TARGET);
    }
  }
}
