package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/plan-review.form. */
@Component
public class PlanReviewValidator implements FormValidator {

  public static final int COMMENT_MIN = 5;
  public static final int COMMENT_MAX = 2000;

  @Override
  public String formId() {
    return REVIEW_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(REVIEW_DECISION, "审核结论")
        .oneOf(REVIEW_DECISION, "审核结论", Arrays.stream(ReviewOutcome.values()).map(Enum::name).toList());
    Object decision = values.raw(REVIEW_DECISION);
    boolean needsComment = Arrays.stream(ReviewOutcome.values())
        .anyMatch(outcome -> outcome.name().equals(decision) && outcome.needsComment());
    if (needsComment) {
      checks.required(REVIEW_COMMENT, "审核意见（退回修改或不予通过时必填）")
          .length(REVIEW_COMMENT, "审核意见", COMMENT_MIN, COMMENT_MAX);
    } else {
      checks.maxLength(REVIEW_COMMENT, "审核意见", COMMENT_MAX);
    }
    return checks.violations();
  }
}
