package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 分拣创新需求 (forms/demand-triage.form) cannot say itself: the duplicate's code to merge with, a reason
 * to decline. Which demand may take a duplicate is the service's to check.
 */
@Component
class DemandTriageValidator implements FormValidator {

  @Override
  public String formId() {
    return TRIAGE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    String decision = values.text(TRIAGE_DECISION);
    if (TriageDecision.MERGE.name().equals(decision)) {
      String mergeInto = values.text(MERGE_INTO);
      checks.required(MERGE_INTO, "合并到的需求编号").check(mergeInto == null || Demand.idOf(mergeInto) != null, MERGE_INTO,
          "合并到的需求编号应为 D 加数字，例如 D12");
    }
    if (TriageDecision.DECLINE.name().equals(decision)) {
      checks.required(DECLINE_REASON, "不予受理的理由").minLength(DECLINE_REASON, "不予受理的理由", 5);
    }
    return checks.violations();
  }
}
