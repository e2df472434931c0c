package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.DecisionCommentRule;

/** 审批服务项目: the comment a return or refusal needs, by the one rule of decision comments. */
@Component
class ProjectApprovalValidator extends DecisionCommentRule {

  ProjectApprovalValidator() {
    super(APPROVAL_FORM, PROJECT_DECISION, ProjectDecision.APPROVE, DECISION_COMMENT, "审批意见");
  }
}
