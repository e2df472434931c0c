package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of 审批结对申请 (forms/pairing-approval.form): a decision, and the reason unless it is yes. */
@Component
public class PairingApprovalValidator implements FormValidator {

  private static final List<String> DECISIONS = Arrays.stream(PairingDecision.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return APPROVAL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values).required(DECISION, "审批结论").oneOf(DECISION, "审批结论", DECISIONS)
        .maxLength(DECISION_COMMENT, "审批意见", 500);
    if (DECISIONS.contains(values.raw(DECISION)) && !PairingDecision.APPROVE.name().equals(values.raw(DECISION))) {
      checks.required(DECISION_COMMENT, "审批意见（退回或不予结对的理由）").length(DECISION_COMMENT, "审批意见", 5, 500);
    }
    return checks.violations();
  }
}
