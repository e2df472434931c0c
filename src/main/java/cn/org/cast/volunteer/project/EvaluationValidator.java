package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 评估项目成效 (forms/project-evaluation.form) cannot say itself: the indicators it evaluates are the
 * project's, listed by the server, so there is at least one.
 */
@Component
class EvaluationValidator implements FormValidator {

  @Override
  public String formId() {
    return EVALUATION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    List<FormValues> indicators = values.list(INDICATORS);
    return new FieldChecks(values).check(indicators == null || !indicators.isEmpty(), INDICATORS,
        "“绩效指标”的取值无效，请刷新页面后重新填写").violations();
  }
}
