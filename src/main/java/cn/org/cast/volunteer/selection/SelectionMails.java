package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;

/** The mails of the scoring stage. */
@Service
class SelectionMails {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  SelectionMails(TaskService taskService, IdentityService identityService, MailTemplates templates,
      NotificationOutbox outbox, MailSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /**
   * One mail to each reviewer who still has scoring tasks open, with how many and whose; keyed by the due date,
   * so a repeated timer sends nothing twice.
   */
  void remindScorers(String processInstanceId, String campaignId, String campaignName, String noticeContacts,
      Date due) {
    Map<String, List<Task>> open = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(SCORE_TASK).taskAssigned().list().stream()
        .collect(Collectors.groupingBy(Task::getAssignee, TreeMap::new, Collectors.toList()));
    open.forEach((reviewer, tasks) -> {
      User user = identityService.createUserQuery().userId(reviewer).singleResult();
      if (user == null || user.getEmail() == null) {
        return;
      }
      String hosts = tasks.stream().map(task -> (String) taskService.getVariableLocal(task.getId(), HOST_ORGANIZATION))
          .collect(Collectors.joining("、"));
      MailModel model = MailModel.forCampaign(campaignName, noticeContacts)
          .with("recipientName", MailModel.personName(user))
          .with("openCount", tasks.size())
          .with("hosts", hosts)
          .with("deadline", MailModel.moment(due))
          .with("taskLink", MailModel.tasklistLink(settings));
      outbox.queue(new Notification(processInstanceId, campaignId, null,
          user.getEmail(), NotificationPurpose.SCORING_REMINDER, due.toInstant().toString(),
          templates.render(NotificationPurpose.SCORING_REMINDER, model.values())));
    });
  }
}
