package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/rehearsal-slot-confirmation.form (确认联调时间): a venue that cannot make the
 * slot says when it can.
 */
@Component
public class RehearsalSlotValidator implements FormValidator {

  @Override
  public String formId() {
    return CONFIRM_SLOT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(SLOT_ACCEPTED, "能否按时参加").oneOf(SLOT_ACCEPTED, "能否按时参加", List.of(YES, NO));
    if (NO.equals(values.raw(SLOT_ACCEPTED))) {
      checks.required(SLOT_NOTE, "可参加的时间或说明").length(SLOT_NOTE, "可参加的时间或说明", 5, 500);
    } else {
      checks.maxLength(SLOT_NOTE, "可参加的时间或说明", 500);
    }
    return checks.violations();
  }
}
