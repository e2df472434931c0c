package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

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
import cn.org.cast.volunteer.security.Groups;

/**
 * The mails about a plan's review, read from the plan instance's variables and keyed by the review's due date,
 * so a repeated timer queues nothing new.
 */
@Service
class ReviewMails {

  private final TaskService taskService;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  ReviewMails(TaskService taskService, IdentityService identityService, MailTemplates templates,
      NotificationOutbox outbox, MailSettings settings) {
    this.taskService = taskService;
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /**
   * A reminder ({@link NotificationPurpose#REVIEW_REMINDER}) to the reviewer who holds the review task, or to
   * every reviewer while nobody does; an escalation to the organisers, who lead the review.
   */
  void reviewDue(String processInstanceId, Map<String, Object> plan, NotificationPurpose purpose) {
    Task review = taskService.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(REVIEW_TASK).singleResult();
    Date due = (Date) plan.get(REVIEW_DUE_AT);
    MailModel model = MailModel.forCampaign((String) plan.get(CAMPAIGN_NAME), (String) plan.get(NOTICE_CONTACTS))
        .with("orgName", plan.get(HOST_ORGANIZATION))
        .with("revision", plan.get(REVISION))
        .with("deadline", MailModel.moment(due))
        .with("taskLink", MailModel.taskLink(settings, review.getId()));
    for (User user : recipients(purpose, review)) {
      outbox.queue(new Notification(processInstanceId, (String) plan.get(CAMPAIGN_ID), (String) plan.get(ORG_CODE),
          user.getEmail(), purpose, due.toInstant().toString(), templates.render(purpose,
              model.with("recipientName", MailModel.personName(user)).values())));
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
