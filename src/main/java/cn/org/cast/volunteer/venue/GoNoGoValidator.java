package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** What forms/go-no-go.form cannot say itself (开播前确认): cancelling the live link needs a reason. */
@Component
public class GoNoGoValidator implements FormValidator {

  @Override
  public String formId() {
    return GO_NO_GO_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    if (NO_GO.equals(values.raw(GO_DECISION))) {
      checks.required(DECISION_REASON, "理由（取消直播时必填）").minLength(DECISION_REASON, "理由", 5);
    }
    return checks.violations();
  }
}
