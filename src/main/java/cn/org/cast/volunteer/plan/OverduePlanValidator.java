package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.reminder.Deadlines;

/** What forms/overdue-plan.form cannot say itself: a new deadline must be a later working day; closing needs a reason. */
@Component
class OverduePlanValidator implements FormValidator {

  private final Deadlines deadlines;

  OverduePlanValidator(Deadlines deadlines) {
    this.deadlines = deadlines;
  }

  @Override
  public String formId() {
    return OVERDUE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    if (OverdueDecision.EXTEND.name().equals(values.raw(OVERDUE_DECISION))) {
      LocalDate newDeadline = values.date(NEW_DEADLINE);
      if (newDeadline != null) {
        checks.check(newDeadline.isAfter(deadlines.today()), NEW_DEADLINE, "新的报送截止日期应晚于今天")
            .check(deadlines.isWorkingDay(newDeadline), NEW_DEADLINE, "新的报送截止日期应为工作日（不含节假日）");
      }
    } else if (OverdueDecision.CLOSE.name().equals(values.raw(OVERDUE_DECISION))) {
      checks.required(OVERDUE_REASON, "说明").minLength(OVERDUE_REASON, "说明", 5);
    }
    return checks.violations();
  }
}
