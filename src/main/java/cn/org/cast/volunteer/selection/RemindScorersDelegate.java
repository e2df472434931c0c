package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;

/**
 * 提醒评审评分: one mail to each reviewer who still has scoring tasks open, with how many and whose;
 * keyed by the due date, so a repeated timer sends nothing twice.
 */
@Component("remindScorersDelegate")
public class RemindScorersDelegate implements JavaDelegate {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public RemindScorersDelegate(TaskService taskService, IdentityService identityService, MailTemplates templates,
      NotificationOutbox outbox, MailSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Date due = (Date) execution.getVariable(SCORING_DUE_AT);
    Map<String, List<Task>> open = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SCORE_TASK).taskAssigned().list().stream()
        .collect(Collectors.groupingBy(Task::getAssignee, TreeMap::new, Collectors.toList()));
    open.forEach((reviewer, tasks) -> {
      User user = identityService.createUserQuery().userId(reviewer).singleResult();
      if (user == null || user.getEmail() == null) {
        return;
      }
      String hosts = tasks.stream().map(task -> (String) taskService.getVariableLocal(task.getId(), HOST_ORGANIZATION))
          .collect(Collectors.joining("、"));
      MailModel model = MailModel.forCampaign((String) execution.getVariable(CampaignProcess.CAMPAIGN_NAME),
              (String) execution.getVariable(CampaignProcess.NOTICE_CONTACTS))
          .with("recipientName", user.getLastName() + " " + user.getFirstName())
          .with("openCount", tasks.size())
          .with("hosts", hosts)
          .with("deadline", MailModel.moment(due))
          .with("taskLink", MailModel.tasklistLink(settings));
      outbox.queue(new Notification(execution.getProcessInstanceId(),
          (String) execution.getVariable(CampaignProcess.CAMPAIGN_ID), null, user.getEmail(),
          NotificationPurpose.SCORING_REMINDER, due.toInstant().toString(),
          templates.render(NotificationPurpose.SCORING_REMINDER, model.values())));
    });
  }
}
