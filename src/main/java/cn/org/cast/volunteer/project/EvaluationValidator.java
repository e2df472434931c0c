package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * 评估项目成效 (forms/project-evaluation.form): the achieved value of every indicator, a grade and its
 * summary, and what the project did for each demand it took on.
 */
@Component
public class EvaluationValidator implements FormValidator {

  private static final List<String> GRADES = Arrays.stream(EvaluationGrade.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return EVALUATION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(EVALUATION_GRADE, "评估等次").oneOf(EVALUATION_GRADE, "评估等次", GRADES)
        .required(EVALUATION_SUMMARY, "评估意见").length(EVALUATION_SUMMARY, "评估意见", 10, 2000);
    List<FormValues> indicators = values.list(INDICATORS);
    if (indicators == null || indicators.isEmpty()) {
      checks.check(false, INDICATORS, "“绩效指标”的取值无效，请刷新页面后重新填写");
    } else {
      for (int i = 0; i < indicators.size(); i++) {
        checks.entry(indicators.get(i), "第" + (i + 1) + "项指标：")
            .required(INDICATOR_ACHIEVED, "实际完成")
            .amount(INDICATOR_ACHIEVED, "实际完成", BigDecimal.ZERO, ProjectSetupValidator.MAX_TARGET);
      }
    }
    List<FormValues> demands = values.list(DEMAND_RESULTS);
    if (demands == null) {
      checks.check(false, DEMAND_RESULTS, "“需求解决情况”的取值无效，请刷新页面后重新填写");
    } else {
      for (int i = 0; i < demands.size(); i++) {
        checks.entry(demands.get(i), "第" + (i + 1) + "项需求：")
            .required(DEMAND_RESULT, "解决情况").length(DEMAND_RESULT, "解决情况", 4, 2000);
      }
    }
    return checks.violations();
  }
}
