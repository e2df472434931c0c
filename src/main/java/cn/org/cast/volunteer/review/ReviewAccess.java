package cn.org.cast.volunteer.review;

import java.util.List;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;
import cn.org.cast.volunteer.security.AccessSetup.Column;
import cn.org.cast.volunteer.security.Groups;

/** The reviewers' role and their 待审核方案: the submitted plans, oldest submission first. */
@Component
class ReviewAccess implements AccessDeclaration {

  static final String PLANS_TO_REVIEW_FILTER = "待审核方案";

  @Override
  public void declare(AccessSetup access) {
    access.role(Groups.REVIEWERS, "方案审核人");
    access.filter(PLANS_TO_REVIEW_FILTER,
        access.taskQuery().taskDefinitionKey(PlanProcess.REVIEW_TASK)
            .orderByProcessVariable(PlanProcess.SUBMITTED_AT, ValueType.DATE).asc(),
        "已提交、等待审核的筹备工作方案，先交先审", -5,
        List.of(new Column(PlanProcess.HOST_ORGANIZATION, "报送单位"), new Column(PlanProcess.REVISION, "第几次提交"),
            new Column(PlanProcess.CAMPAIGN_ID, "活动编号")),
        Groups.REVIEWERS, Groups.ORGANIZERS);
  }
}
