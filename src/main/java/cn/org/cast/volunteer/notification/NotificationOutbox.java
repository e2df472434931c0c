package cn.org.cast.volunteer.notification;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outward messages are written here in the engine's transaction and sent afterwards. The key
 * (campaign, purpose, recipient) makes queueing idempotent: a retried job never queues twice.
 */
@Repository
public class NotificationOutbox {

  private final JdbcClient jdbc;

  public NotificationOutbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Message(String campaignId, String orgCode, String recipientEmail, NotificationPurpose purpose,
      String subject, String body) {

    String dedupKey() {
      return campaignId + "/" + purpose + "/" + orgCode;
    }
  }

  /** Returns true if the message was queued now, false if it already was. */
  public boolean queue(Message message) {
    return jdbc.sql("""
            INSERT INTO notification (dedup_key, campaign_id, org_code, recipient_email, purpose, subject, body,
                                      status, created_at)
            SELECT :key, :campaign, :org, :email, :purpose, :subject, :body, 'QUEUED', :now
             WHERE NOT EXISTS (SELECT 1 FROM notification WHERE dedup_key = :key)""")
        .param("key", message.dedupKey())
        .param("campaign", message.campaignId())
        .param("org", message.orgCode())
        .param("email", message.recipientEmail())
        .param("purpose", message.purpose().name())
        .param("subject", message.subject())
        .param("body", message.body())
        .param("now", OffsetDateTime.now())
        .update() == 1;
  }
}
