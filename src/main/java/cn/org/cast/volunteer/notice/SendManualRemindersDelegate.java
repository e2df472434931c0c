package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.util.EnumSet;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.plan.PlanMails;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;

/**
 * 发送催报: one reminder to every organisation whose plan still waits for its submission (not yet
 * submitted, returned for revision, or extended), each with a link to its own task.
 */
@Component
public class SendManualRemindersDelegate implements JavaDelegate {

  static final EnumSet<PlanStatus> AWAITING_SUBMISSION =
      EnumSet.of(PlanStatus.NOT_STARTED, PlanStatus.RETURNED, PlanStatus.EXTENDED);

  private final PlanService plans;
  private final PlanMails mails;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public SendManualRemindersDelegate(PlanService plans, PlanMails mails, RuntimeService runtimeService,
      TaskService taskService) {
    this.plans = plans;
    this.mails = mails;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String campaignId = (String) execution.getVariable(CAMPAIGN_ID);
    String occurrence = (String) execution.getVariable(MANUAL_REMINDER_ID);
    String note = (String) execution.getVariable(REMINDER_NOTE);
    List<String> orgCodes = plans.organisationsWithStatus(campaignId, AWAITING_SUBMISSION);
    for (String orgCode : orgCodes) {
      ProcessInstance plan = runtimeService.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
          .processInstanceBusinessKey(campaignId + "/" + orgCode).singleResult();
      Task submit = taskService.createTaskQuery().processInstanceId(plan.getId())
          .taskDefinitionKey(PlanProcess.SUBMIT_TASK).singleResult();
      mails.remind(new PlanMails.Plan(plan.getId(), runtimeService.getVariables(plan.getId())),
          NotificationPurpose.MANUAL_REMINDER, occurrence, submit.getId(), note);
    }
    execution.setVariable(REMINDED_COUNT, orgCodes.size());
    // The next reminder starts from a blank form.
    execution.removeVariable(SEND_REMINDER);
    execution.removeVariable(REMINDER_NOTE);
  }
}
