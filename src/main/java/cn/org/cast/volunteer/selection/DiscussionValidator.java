package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/score-discussion.form: the agreed score and why. */
@Component
public class DiscussionValidator implements FormValidator {

  @Override
  public String formId() {
    return DISCUSS_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(AGREED_SCORE, "商定得分").range(AGREED_SCORE, "商定得分", 0, 100)
        .required(AGREED_REASON, "商定理由").length(AGREED_REASON, "商定理由", 5, 500)
        .violations();
  }
}
