package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 设立科技志愿服务项目 (forms/project-setup.form) cannot say itself: how many demands and indicators, and
 * that the project ends after it starts and within three years; whether the demands may be taken on is the
 * service's to check ({@link ProjectService#setUp}).
 */
@Component
class ProjectSetupValidator implements FormValidator {

  static final int MAX_DEMANDS = 20;
  static final int MAX_INDICATORS = 10;
  static final int MAX_DAYS = 3 * 366;

  @Override
  public String formId() {
    return SETUP_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values).check(
        ProjectPlan.demandCodes(values.text(DEMAND_CODES)).size() <= MAX_DEMANDS, DEMAND_CODES,
        "一个项目最多承接" + MAX_DEMANDS + "项需求");
    LocalDate start = values.date(STARTS_ON);
    LocalDate end = values.date(ENDS_ON);
    if (start != null && end != null) {
      checks.check(end.isAfter(start), ENDS_ON, "“结束日期”应晚于“开始日期”")
          .check(ChronoUnit.DAYS.between(start, end) <= MAX_DAYS, ENDS_ON, "项目周期不能超过三年");
    }
    List<FormValues> indicators = values.list(INDICATORS);
    return checks.check(indicators == null || !indicators.isEmpty() && indicators.size() <= MAX_INDICATORS, INDICATORS,
        "请填写绩效指标（1至" + MAX_INDICATORS + "项），每项写明目标值").violations();
  }
}
