package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notification.MailContent;
import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.security.Groups;

/**
 * 审核到期提醒 / 审核逾期升级 (input {@code reminderPurpose}): a reminder goes to the reviewer who holds
 * the task, or to every reviewer while nobody does; an escalation goes to the organisers, who lead
 * the review.
 */
@Component
public class ReviewReminderDelegate implements JavaDelegate {

  static final String PURPOSE_INPUT = "reminderPurpose";

  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public ReviewReminderDelegate(TaskService taskService, IdentityService identityService, MailTemplates templates,
      NotificationOutbox outbox, MailSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    NotificationPurpose purpose = NotificationPurpose.valueOf((String) execution.getVariable(PURPOSE_INPUT));
    Task review = taskService.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(REVIEW_TASK).singleResult();
    Date due = (Date) execution.getVariable(REVIEW_DUE_AT);
    MailModel model = MailModel.forCampaign((String) execution.getVariable(CAMPAIGN_NAME),
            (String) execution.getVariable(NOTICE_CONTACTS))
        .with("orgName", execution.getVariable(HOST_ORGANIZATION))
        .with("revision", execution.getVariable(REVISION))
        .with("deadline", MailModel.moment(due))
        .with("taskLink", MailModel.taskLink(settings, review.getId()));
    for (User user : recipients(purpose, review)) {
      MailContent content = templates.render(purpose, model.with("recipientName",
          user.getLastName() + " " + user.getFirstName()).values());
      outbox.queue(new Notification(execution.getProcessInstanceId(), (String) execution.getVariable(CAMPAIGN_ID),
          (String) execution.getVariable(ORG_CODE), user.getEmail(), purpose, due.toInstant().toString(), content));
    }
  }

  private List<User> recipients(NotificationPurpose purpose, Task review) {
    if (purpose == NotificationPurpose.REVIEW_REMINDER && review.getAssignee() != null) {
      return identityService.createUserQuery().userId(review.getAssignee()).list();
    }
    String group = purpose == NotificationPurpose.REVIEW_REMINDER ? Groups.REVIEWERS : Groups.ORGANIZERS;
    return identityService.createUserQuery().memberOfGroup(group).list().stream()
        .filter(user -> user.getEmail() != null).toList();
  }
}
