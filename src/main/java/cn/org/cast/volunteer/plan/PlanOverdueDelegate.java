package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 标记逾期并通知: the deadline passed without a submission. */
@Component
public class PlanOverdueDelegate implements JavaDelegate {

  private final PlanService planService;
  private final PlanMails mails;

  public PlanOverdueDelegate(PlanService planService, PlanMails mails) {
    this.planService = planService;
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanStatus status = planService.decide(((Number) execution.getVariable(PLAN_ID)).longValue(),
        execution.getProcessInstanceId(), PlanDecision.OVERDUE, "报送截止时间已过，尚未提交", null);
    execution.setVariable(PLAN_STATUS, status.name());
    mails.overdue(new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables()));
  }
}
