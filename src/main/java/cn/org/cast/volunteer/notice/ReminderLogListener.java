package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organizations;

/**
 * On creating and on claiming 催报未提交单位: puts on the task the log of every mail the campaign's
 * organisations were sent — who, what, when, and whether it went out — newest first, for the form's
 * table, with the moment it was taken.
 */
@Component
public class ReminderLogListener implements TaskListener {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final EnumSet<NotificationPurpose> TO_ORGANISATIONS = EnumSet.of(NotificationPurpose.NOTICE_ISSUED,
      NotificationPurpose.PLAN_REMINDER, NotificationPurpose.MANUAL_REMINDER, NotificationPurpose.PLAN_OVERDUE,
      NotificationPurpose.PLAN_EXTENDED);

  private final NotificationOutbox outbox;
  private final Organizations organizations;

  public ReminderLogListener(NotificationOutbox outbox, Organizations organizations) {
    this.outbox = outbox;
    this.organizations = organizations;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, String> names = organizations.namesByCode();
    List<Map<String, Object>> rows = outbox.forCampaign((String) task.getVariable(CAMPAIGN_ID)).stream()
        .filter(delivery -> TO_ORGANISATIONS.contains(delivery.purpose()))
        .map(delivery -> Map.<String, Object>of(
            "orgName", names.getOrDefault(delivery.orgCode(), delivery.orgCode()),
            "kind", delivery.purpose().label(),
            "recipient", delivery.recipientEmail(),
            "time", TIME.format(delivery.createdAt().atZoneSameInstant(VolunteerApplication.BEIJING)),
            "status", delivery.status().label()))
        .toList();
    task.setVariableLocal(REMINDER_LOG, rows);
    task.setVariableLocal(REMINDER_LOG_AT, TIME.format(NotificationOutbox.now()));
  }
}
