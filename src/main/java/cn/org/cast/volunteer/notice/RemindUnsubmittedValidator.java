package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/remind-unsubmitted.form. */
@Component
public class RemindUnsubmittedValidator implements FormValidator {

  @Override
  public String formId() {
    return REMIND_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .check(Boolean.TRUE.equals(values.raw(SEND_REMINDER)), SEND_REMINDER, "请勾选“向所有尚未提交方案的单位发送催报邮件”")
        .maxLength(REMINDER_NOTE, "附言", 500)
        .violations();
  }
}
