package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/failed-venue-decision.form (联调未通过处理): a decision and its reason. */
@Component
public class FailedVenueValidator implements FormValidator {

  @Override
  public String formId() {
    return FAILED_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(FAILED_DECISION, "处理方式")
        .oneOf(FAILED_DECISION, "处理方式", List.of(DECISION_RETRY, DECISION_RECORDED))
        .required(DECISION_REASON, "理由").length(DECISION_REASON, "理由", 5, 500)
        .violations();
  }
}
