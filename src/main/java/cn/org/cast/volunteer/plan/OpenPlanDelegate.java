package cn.org.cast.volunteer.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 建立方案档案: links the roster's plan to this instance and pre-fills the host organisation. */
@Component
public class OpenPlanDelegate implements JavaDelegate {

  private final PlanService planService;

  public OpenPlanDelegate(PlanService planService) {
    this.planService = planService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanService.OpenedPlan plan = planService.open((String) execution.getVariable(PlanProcess.CAMPAIGN_ID),
        (String) execution.getVariable(PlanProcess.ORG_CODE), execution.getProcessInstanceId());
    execution.setVariable(PlanProcess.PLAN_ID, plan.planId());
    execution.setVariable(PlanProcess.HOST_ORGANIZATION, plan.hostOrganization());
    execution.setVariable(PlanProcess.PLAN_STATUS, PlanStatus.NOT_STARTED.name());
    execution.setVariable(PlanProcess.REVISION, 0);
  }
}
