package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.DecisionCommentRule;

/** 审批队伍组建申请: the comment a return or refusal needs, by the one rule of decision comments. */
@Component
class TeamApprovalValidator extends DecisionCommentRule {

  TeamApprovalValidator() {
    super(APPROVAL_FORM, TEAM_DECISION, TeamDecision.APPROVE, DECISION_COMMENT, "审批意见");
  }
}
