package cn.org.cast.volunteer.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 通知延期: tells the organisation its new deadline (the submit task's reminders follow it on their own). */
@Component
public class PlanExtendedDelegate implements JavaDelegate {

  private final PlanMails mails;

  public PlanExtendedDelegate(PlanMails mails) {
    this.mails = mails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    mails.extended(new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables()));
    // The next time a deadline passes, the organiser decides afresh.
    execution.removeVariable(PlanProcess.OVERDUE_DECISION);
    execution.removeVariable(PlanProcess.NEW_DEADLINE);
    execution.removeVariable(PlanProcess.OVERDUE_REASON);
  }
}
