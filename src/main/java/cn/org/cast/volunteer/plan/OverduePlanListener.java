package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * On completing 处理逾期方案: records the organiser's decision; an extension becomes the plan's new
 * deadline, from which the submit task's due date and reminders are scheduled again.
 */
@Component
public class OverduePlanListener implements TaskListener {

  private final FormRules formRules;
  private final PlanService planService;
  private final Deadlines deadlines;
  private final CurrentUser currentUser;

  public OverduePlanListener(FormRules formRules, PlanService planService, Deadlines deadlines,
      CurrentUser currentUser) {
    this.formRules = formRules;
    this.planService = planService;
    this.deadlines = deadlines;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = FormValues.of(task.getVariables());
    formRules.enforce(OVERDUE_FORM, values.asMap());
    OverdueDecision decision = OverdueDecision.valueOf(values.text(OVERDUE_DECISION));
    String note = decision == OverdueDecision.EXTEND
        ? "延期至 " + values.text(NEW_DEADLINE) + (values.has(OVERDUE_REASON) ? "：" + values.text(OVERDUE_REASON) : "")
        : values.text(OVERDUE_REASON);
    PlanStatus status = planService.decide(((Number) task.getVariable(PLAN_ID)).longValue(),
        task.getProcessInstanceId(), decision.decision(), note, currentUser.id());
    task.setVariable(PLAN_STATUS, status.name());
    if (decision == OverdueDecision.EXTEND) {
      task.setVariable(PLAN_DUE_AT, deadlines.deadlineOn(values.date(NEW_DEADLINE)));
    }
  }
}
