package cn.org.cast.volunteer.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;


/**
 * Outward messages, written in the engine's transaction and sent afterwards, and the record of their
 * delivery (QUEUED → SENDING → SENT, or back to QUEUED with a later attempt, or FAILED; a send that
 * never recorded its end goes back to QUEUED). The unique key makes queueing idempotent.
 */
@Repository
public class NotificationOutbox {

  /** A message waiting to be sent, or one that was. */
  public record Delivery(long id, String processInstanceId, String campaignId, String orgCode, String recipientEmail,
      NotificationPurpose purpose, String subject, String text, String html, DeliveryStatus status, int attempts,
      OffsetDateTime createdAt, OffsetDateTime sentAt, String lastError, String dedupKey) {}

  private static final String COLUMNS = """
      id, process_instance_id, campaign_id, org_code, recipient_email, purpose, subject, body, html_body, status,
      attempts, created_at, sent_at, last_error, dedup_key""";

  private final JdbcClient jdbc;
  private final Clock clock;

  public NotificationOutbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Returns true if the message was queued now, false if the same one already was. */
  public boolean queue(Notification message) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return jdbc.sql("""
            INSERT INTO notification (dedup_key, process_instance_id, campaign_id, org_code, recipient_email, purpose,
                                      occurrence, subject, body, html_body, status, attempts, created_at,
                                      next_attempt_at)
            SELECT :key, :instance, :campaign, :org, :email, :purpose, :occurrence, :subject, :body, :html, 'QUEUED', 0,
                   :now, :now
             WHERE NOT EXISTS (SELECT 1 FROM notification WHERE dedup_key = :key)""")
        .param("key", message.dedupKey())
        .param("instance", message.processInstanceId())
        .param("campaign", message.campaignId())
        .param("org", message.orgCode())
        .param("email", message.recipientEmail())
        .param("purpose", message.purpose().name())
        .param("occurrence", message.occurrence())
        .param("subject", message.content().subject())
        .param("body", message.content().text())
        .param("html", message.content().html())
        .param("now", now)
        .update() == 1;
  }

  /** The ids of queued messages whose next attempt is due, oldest first. */
  List<Long> due(int limit) {
    return jdbc.sql("""
            SELECT id FROM notification WHERE status = 'QUEUED' AND next_attempt_at <= :now ORDER BY id""")
        .param("now", OffsetDateTime.now(clock)).query(Long.class).list().stream().limit(limit).toList();
  }

  /** Takes a message for sending; false if another sender took it first. Commits on its own. */
  boolean claim(long id) {
    return jdbc.sql("UPDATE notification SET status = 'SENDING', claimed_at = :now WHERE id = :id AND status = 'QUEUED'")
        .param("now", OffsetDateTime.now(clock)).param("id", id).update() == 1;
  }

  Delivery find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE id = :id").param("id", id)
        .query(NotificationOutbox::map).single();
  }

  void markSent(long id) {
    jdbc.sql("UPDATE notification SET status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
        .param("now", OffsetDateTime.now(clock)).param("id", id).update();
  }

  void markForRetry(long id, OffsetDateTime nextAttempt, String error) {
    jdbc.sql("""
            UPDATE notification SET status = 'QUEUED', attempts = attempts + 1, next_attempt_at = :next,
                   last_error = :error WHERE id = :id""")
        .param("next", nextAttempt).param("error", truncate(error)).param("id", id).update();
  }

  void markFailed(long id, String error) {
    jdbc.sql("UPDATE notification SET status = 'FAILED', attempts = attempts + 1, last_error = :error WHERE id = :id")
        .param("error", truncate(error)).param("id", id).update();
  }

  /**
   * Sends that began before the cut-off and never recorded their end (the node stopped mid-send) are
   * queued again. Whether the mail left is unknown; far more often it did not (the send takes longer
   * than recording it), and a repeat carries the same Message-ID, so the recipient's mail system can
   * show it once. Returns how many were queued again.
   */
  int requeueInDoubt(OffsetDateTime claimedBefore) {
    return jdbc.sql("""
            UPDATE notification SET status = 'QUEUED', next_attempt_at = claimed_at,
                   last_error = '上次发送中途服务中断，结果未确认，已以同一 Message-ID 重发'
             WHERE status = 'SENDING' AND claimed_at < :cutoff""")
        .param("cutoff", claimedBefore).update();
  }

  /** Every message of a campaign, newest first. */
  public List<Delivery> forCampaign(String campaignId) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE campaign_id = :campaign ORDER BY id DESC")
        .param("campaign", campaignId).query(NotificationOutbox::map).list();
  }

  private static String truncate(String error) {
    return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
  }

  private static Delivery map(ResultSet rs, int row) throws SQLException {
    return new Delivery(rs.getLong("id"), rs.getString("process_instance_id"), rs.getString("campaign_id"),
        rs.getString("org_code"), rs.getString("recipient_email"), NotificationPurpose.valueOf(rs.getString("purpose")),
        rs.getString("subject"), rs.getString("body"), rs.getString("html_body"), DeliveryStatus.valueOf(rs.getString("status")),
        rs.getInt("attempts"), rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("sent_at", OffsetDateTime.class), rs.getString("last_error"), rs.getString("dedup_key"));
  }
}
