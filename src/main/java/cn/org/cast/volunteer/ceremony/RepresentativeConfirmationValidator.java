package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/representative-confirmation.form: a recipient who attends names its
 * representative, with title and mobile; one who does not says why.
 */
@Component
public class RepresentativeConfirmationValidator implements FormValidator {

  @Override
  public String formId() {
    return CONFIRM_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(ATTENDING, "出席情况").oneOf(ATTENDING, "出席情况", List.of(YES, NO));
    Object attending = values.raw(ATTENDING);
    if (YES.equals(attending)) {
      checks.required(REPRESENTATIVE_NAME, "受旗代表姓名").length(REPRESENTATIVE_NAME, "受旗代表姓名", 2, 50)
          .required(REPRESENTATIVE_TITLE, "职务").length(REPRESENTATIVE_TITLE, "职务", 2, 100)
          .required(REPRESENTATIVE_MOBILE, "手机")
          .matches(REPRESENTATIVE_MOBILE, "手机", FieldChecks.MOBILE, "13812345678");
    } else if (NO.equals(attending)) {
      checks.required(ABSENCE_NOTE, "不出席原因").length(ABSENCE_NOTE, "不出席原因", 5, 500);
    }
    return checks.violations();
  }
}
