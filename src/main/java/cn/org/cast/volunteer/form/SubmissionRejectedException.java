package cn.org.cast.volunteer.form;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Thrown from a task or start listener so that the engine rolls the completion back and keeps the
 * task open; the REST API answers it with 400 (Camunda maps this exception type to Bad Request).
 */
public class SubmissionRejectedException extends FormFieldValidationException {

  private final transient List<FieldViolation> violations;

  public SubmissionRejectedException(List<FieldViolation> violations) {
    super(violations, summary(violations));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  public static String summary(List<FieldViolation> violations) {
    return violations.stream().map(FieldViolation::message)
        .collect(Collectors.joining("；", "提交未成功，请修改后重新提交：", "。"));
  }
}
