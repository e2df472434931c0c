package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;

/**
 * The mails about one organisation's plan, queued in the engine's transaction, read from the plan
 * instance's variables. Each is keyed by the deadline it is about, so a repeated timer queues nothing
 * new and a new deadline starts afresh.
 */
@Service
public class PlanMails {

  private final Organizations organizations;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public PlanMails(Organizations organizations, MailTemplates templates, NotificationOutbox outbox,
      MailSettings settings) {
    this.organizations = organizations;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** One plan instance and its variables. */
  public record Plan(String processInstanceId, Map<String, Object> variables) {

    Object get(String name) {
      return variables.get(name);
    }

    /** The occurrence of an event about the plan's current deadline. */
    public String dueKey() {
      return ((Date) get(PLAN_DUE_AT)).toInstant().toString();
    }
  }

  /** A reminder to submit: a scheduled one, or the organiser's (with a note and its own occurrence). */
  public void remind(Plan plan, NotificationPurpose purpose, String occurrence, String taskId, String note) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email()), purpose, occurrence, model(plan, org, taskId).with("note", note));
  }

  /** The deadline passed: to the organisation and its leadership. */
  public void overdue(Plan plan) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email(), org.leaderEmail()), NotificationPurpose.PLAN_OVERDUE, plan.dueKey(),
        model(plan, org, null));
  }

  /** A new deadline was granted. */
  public void extended(Plan plan) {
    Organization org = organization(plan);
    queue(plan, org, List.of(org.email()), NotificationPurpose.PLAN_EXTENDED, plan.dueKey(), model(plan, org, null));
  }

  private MailModel model(Plan plan, Organization org, String taskId) {
    return MailModel.forCampaign((String) plan.get(CAMPAIGN_NAME), (String) plan.get(NOTICE_CONTACTS))
        .with("orgName", org.name())
        .with("deadline", MailModel.moment((Date) plan.get(PLAN_DUE_AT)))
        .with("taskLink", MailModel.taskLink(settings, taskId));
  }

  private void queue(Plan plan, Organization org, List<String> recipients, NotificationPurpose purpose,
      String occurrence, MailModel model) {
    var content = templates.render(purpose, model.values());
    for (String recipient : recipients) {
      outbox.queue(new Notification(plan.processInstanceId(), (String) plan.get(CAMPAIGN_ID), org.code(),
          recipient, purpose, occurrence, content));
    }
  }

  private Organization organization(Plan plan) {
    String code = (String) plan.get(ORG_CODE);
    return organizations.find(code).orElseThrow(() -> new IllegalStateException("No organisation " + code));
  }
}
