package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/rehearsal-schedule.form (安排联调): a date and a time of day. */
@Component
public class RehearsalScheduleValidator implements FormValidator {

  @Override
  public String formId() {
    return SCHEDULE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(REHEARSAL_DATE, "联调日期").date(REHEARSAL_DATE, "联调日期")
        .required(REHEARSAL_TIME, "联调时间").time(REHEARSAL_TIME, "联调时间")
        .violations();
  }
}
