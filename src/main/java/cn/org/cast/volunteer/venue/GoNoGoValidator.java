package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/go-no-go.form (开播前确认): cancelling the live link needs a reason. */
@Component
public class GoNoGoValidator implements FormValidator {

  @Override
  public String formId() {
    return GO_NO_GO_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(GO_DECISION, "开播决定").oneOf(GO_DECISION, "开播决定", List.of(GO, NO_GO));
    if (NO_GO.equals(values.raw(GO_DECISION))) {
      checks.required(DECISION_REASON, "理由（取消直播时必填）").length(DECISION_REASON, "理由", 5, 500);
    } else {
      checks.maxLength(DECISION_REASON, "理由", 500);
    }
    return checks.violations();
  }
}
