package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of 评审先进典型推荐 (forms/model-review.form): a decision, and why when it is not yes. */
@Component
public class ModelReviewValidator implements FormValidator {

  private static final List<String> DECISIONS = Arrays.stream(ModelDecision.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return REVIEW_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values).required(DECISION, "评审结论").oneOf(DECISION, "评审结论", DECISIONS)
        .maxLength(CITATION, "表彰称号", 100).maxLength(DECISION_COMMENT, "评审意见", 500);
    boolean notYes = values.text(DECISION) != null && !ModelDecision.APPROVE.name().equals(values.text(DECISION));
    if (notYes) {
      checks.required(DECISION_COMMENT, "评审意见").length(DECISION_COMMENT, "评审意见", 5, 500);
    }
    return checks.violations();
  }
}
