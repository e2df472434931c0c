package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notification.NotificationPurpose;

/** 发送报送提醒: one of the configured reminders before the deadline (input {@code reminderOrdinal}). */
@Component
public class PlanReminderDelegate implements JavaDelegate {

  private final PlanMails mails;
  private final TaskService taskService;

  public PlanReminderDelegate(PlanMails mails, TaskService taskService) {
    this.mails = mails;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Task submitTask = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SUBMIT_TASK).singleResult();
    PlanMails.Plan plan = new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables());
    mails.remind(plan, NotificationPurpose.PLAN_REMINDER, plan.dueKey() + "#" + execution.getVariable(REMINDER_ORDINAL),
        submitTask == null ? null : submitTask.getId(), null);
  }
}
