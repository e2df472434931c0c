package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/close-collection.form: an explicit confirmation and a reason on record. */
@Component
public class CloseCollectionValidator implements FormValidator {

  @Override
  public String formId() {
    return CLOSE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .check(Boolean.TRUE.equals(values.asMap().get(CLOSE_CONFIRMED)), CLOSE_CONFIRMED,
            "请勾选“确认提前结束方案征集”")
        .required(CLOSE_REASON, "提前结束的原因").length(CLOSE_REASON, "提前结束的原因", 5, 500)
        .violations();
  }
}
