package cn.org.cast.volunteer.project;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;

/**
 * Mails about a progress report not yet in: the reminder before its due date to the owning association,
 * and at the due date the notice to the association and its leadership. Keyed by the report's number, so
 * a repeated timer sends nothing twice.
 */
@Component
class ProjectMails {

  private final ProjectRepository projects;
  private final Organizations organizations;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;
  private final Clock clock;

  ProjectMails(ProjectRepository projects, Organizations organizations, MailTemplates templates,
      NotificationOutbox outbox, MailSettings settings, Clock clock) {
    this.projects = projects;
    this.organizations = organizations;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
    this.clock = clock;
  }

  /** A reminder whose moment came only after the due date stays unsent: the overdue notice says it all. */
  public void remind(String processInstanceId, long projectId, int number, int count, Date due) {
    if (!clock.instant().isBefore(due.toInstant())) {
      return;
    }
    Organization owner = ownerOf(projectId);
    queue(processInstanceId, projectId, owner, List.of(owner.email()), NotificationPurpose.PROJECT_REPORT_REMINDER,
        number, count, due);
  }

  public void overdue(String processInstanceId, long projectId, int number, int count, Date due) {
    Organization owner = ownerOf(projectId);
    List<String> to = new ArrayList<>(new LinkedHashSet<>(Arrays.asList(owner.email(), owner.leaderEmail())));
    queue(processInstanceId, projectId, owner, to, NotificationPurpose.PROJECT_REPORT_OVERDUE, number, count, due);
  }

  private Organization ownerOf(long projectId) {
    return organizations.find(projects.find(projectId).orElseThrow().ownerCode()).orElseThrow();
  }

  private void queue(String processInstanceId, long projectId, Organization owner, List<String> emails,
      NotificationPurpose purpose, int number, int count, Date due) {
    ServiceProject project = projects.find(projectId).orElseThrow();
    var content = templates.render(purpose, new MailModel()
        .with("orgName", owner.name())
        .with("projectTitle", project.title())
        .with("projectCode", project.code())
        .with("reportNumber", number)
        .with("reportCount", count)
        .with("deadline", MailModel.moment(due))
        .with("taskLink", MailModel.tasklistLink(settings)).values());
    for (String email : emails) {
      if (email != null && !email.isBlank()) {
        outbox.queue(new Notification(processInstanceId, null, owner.code(), email, purpose, "report-" + number, content));
      }
    }
  }
}
