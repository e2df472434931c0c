package cn.org.cast.volunteer.notification;

/**
 * One message to one recipient. The key (process instance, purpose, recipient, occurrence) is what
 * makes queueing idempotent: the occurrence names the event, e.g. the reminder's scheduled moment.
 */
public record Notification(String processInstanceId, String campaignId, String orgCode, String recipientEmail,
    NotificationPurpose purpose, String occurrence, MailContent content) {

  public String dedupKey() {
    return processInstanceId + "/" + purpose + "/" + recipientEmail + "/" + occurrence;
  }
}
