package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.DecisionCommentRule;

/** 审批结对申请: the comment a return or refusal needs, by the one rule of decision comments. */
@Component
class PairingApprovalValidator extends DecisionCommentRule {

  PairingApprovalValidator() {
    super(APPROVAL_FORM, DECISION, PairingDecision.APPROVE, DECISION_COMMENT, "审批意见");
  }
}
