package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRepository;

/**
 * The mails about one organisation's plan, queued in the engine's transaction. Each is keyed by the
 * deadline it is about, so a repeated timer queues nothing new and a new deadline starts afresh.
 */
@Service
public class PlanMails {

  private final OrganizationRepository organizations;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public PlanMails(OrganizationRepository organizations, MailTemplates templates, NotificationOutbox outbox,
      MailSettings settings) {
    this.organizations = organizations;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** A reminder to submit, the n-th for the current deadline (or the organiser's, with its own occurrence). */
  public void remind(DelegateExecution plan, NotificationPurpose purpose, String occurrence, String taskId) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email()), purpose, occurrence, model(plan, org, taskId));
  }

  /** The deadline passed: to the organisation and its leadership. */
  public void overdue(DelegateExecution plan) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email(), org.leaderEmail()), NotificationPurpose.PLAN_OVERDUE, dueKey(plan),
        model(plan, org, null));
  }

  /** A new deadline was granted. */
  public void extended(DelegateExecution plan) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email()), NotificationPurpose.PLAN_EXTENDED, dueKey(plan), model(plan, org, null));
  }

  /** The occurrence of an event about the plan's current deadline. */
  public static String dueKey(DelegateExecution plan) {
    return ((Date) plan.getVariable(PLAN_DUE_AT)).toInstant().toString();
  }

  private MailModel model(DelegateExecution plan, Organization org, String taskId) {
    return MailModel.forCampaign((String) plan.getVariable(CAMPAIGN_NAME), (String) plan.getVariable(NOTICE_CONTACTS))
        .with("orgName", org.name())
        .with("deadline", MailModel.moment((Date) plan.getVariable(PLAN_DUE_AT)))
        .with("taskLink", MailModel.taskLink(settings, taskId));
  }

  private void queue(DelegateExecution plan, Organization org, List<String> recipients, NotificationPurpose purpose,
      String occurrence, MailModel model) {
    var content = templates.render(purpose, model.values());
    for (String recipient : recipients) {
      outbox.queue(new Notification(plan.getProcessInstanceId(), (String) plan.getVariable(CAMPAIGN_ID), org.code(),
          recipient, purpose, occurrence, content));
    }
  }

  private Organization organization(DelegateExecution plan) {
    String code = (String) plan.getVariable(ORG_CODE);
    return organizations.findByCode(code).orElseThrow(() -> new IllegalStateException("No organisation " + code));
  }
}
