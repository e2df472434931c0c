package cn.org.cast.volunteer.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends the outbox after the engine's transactions have committed. Each message is claimed before it
 * is sent, so two nodes never send the same one; a failed send is retried with growing delays, then
 * marked failed and raised as an incident on its process instance in Cockpit. A send whose node died
 * before recording it is repeated with the same Message-ID: SMTP cannot tell whether it left.
 */
@Component
public class NotificationSender {

  static final String INCIDENT_TYPE = "notificationFailed";
  private static final Logger LOG = LoggerFactory.getLogger(NotificationSender.class);
  private static final int BATCH = 50;

  private final NotificationOutbox outbox;
  private final JavaMailSender mail;
  private final MailSettings settings;
  private final RuntimeService runtimeService;
  private final Clock clock;
  private final Set<Long> sentNotRecorded = ConcurrentHashMap.newKeySet();

  public NotificationSender(NotificationOutbox outbox, JavaMailSender mail, MailSettings settings,
      RuntimeService runtimeService, Clock clock) {
    this.outbox = outbox;
    this.mail = mail;
    this.settings = settings;
    this.runtimeService = runtimeService;
    this.clock = clock;
  }

  @Scheduled(fixedDelayString = "${cast.mail.poll-interval:PT10S}", initialDelayString = "PT5S")
  void poll() {
    if (settings.sending()) {
      sendDue();
    }
  }

  /** Sends everything due now, batch by batch, until a batch is short; returns how many were sent. */
  public int sendDue() {
    recordSentNotRecorded();
    outbox.requeueInDoubt(OffsetDateTime.now(clock).minus(settings.sendingTimeout()));
    int sent = 0;
    List<Long> batch;
    do {
      batch = outbox.due(BATCH);
      int sentOfBatch = 0;
      for (long id : batch) {
        if (outbox.claim(id) && send(outbox.find(id))) {
          sentOfBatch++;
        }
      }
      sent += sentOfBatch;
      // A failing server or another node taking the same messages ends the round; the next poll goes on.
      if (sentOfBatch < batch.size()) {
        break;
      }
    } while (batch.size() == BATCH);
    return sent;
  }

  private boolean send(NotificationOutbox.Delivery delivery) {
    try {
      mail.send(message(delivery));
    } catch (MailException | MessagingException e) {
      failed(delivery, e.getMessage());
      return false;
    }
    // Kept until recorded: if the database is away just now, the next round records it, not resends it.
    sentNotRecorded.add(delivery.id());
    outbox.markSent(delivery.id());
    sentNotRecorded.remove(delivery.id());
    return true;
  }

  private void recordSentNotRecorded() {
    for (Long id : sentNotRecorded) {
      outbox.markSent(id);
      sentNotRecorded.remove(id);
    }
  }

  private MimeMessage message(NotificationOutbox.Delivery delivery) throws MessagingException {
    MimeMessage message = mail.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
    helper.setFrom(settings.from());
    helper.setTo(delivery.recipientEmail());
    helper.setSubject(delivery.subject());
    helper.setText(delivery.text(), delivery.html());
    // The same message always carries the same id, so a receiving server can tell a resend apart.
    message.setHeader("Message-ID", messageId(delivery.dedupKey()));
    return message;
  }

  /** The Message-ID of every send of the message with this key. */
  public static String messageId(String dedupKey) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(dedupKey.getBytes(StandardCharsets.UTF_8));
      return "<" + HexFormat.of().formatHex(digest, 0, 16) + "@cast-volunteer>";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void failed(NotificationOutbox.Delivery delivery, String error) {
    int attempt = delivery.attempts();
    if (attempt < settings.retryDelays().size()) {
      OffsetDateTime next = OffsetDateTime.now(clock).plus(settings.retryDelays().get(attempt));
      outbox.markForRetry(delivery.id(), next, error);
      LOG.warn("邮件发送失败，将于 {} 重试（第 {} 次）：{} → {}：{}", next, attempt + 1, delivery.purpose(),
          delivery.recipientEmail(), error);
      return;
    }
    outbox.markFailed(delivery.id(), error);
    LOG.error("邮件多次发送失败，已停止重试：{} → {}：{}", delivery.purpose(), delivery.recipientEmail(), error);
    raiseIncident(delivery, error);
  }

  /** Shows the failure in Cockpit on the process instance that sent the mail, if it still runs. */
  private void raiseIncident(NotificationOutbox.Delivery delivery, String error) {
    if (delivery.processInstanceId() == null) {
      return;
    }
    List<String> activities = runtimeService.createProcessInstanceQuery()
        .processInstanceId(delivery.processInstanceId()).count() == 0
        ? List.of() : runtimeService.getActiveActivityIds(delivery.processInstanceId());
    if (activities.isEmpty()) {
      return;
    }
    // An incident belongs to an execution that stands in an activity.
    String executionId = runtimeService.createExecutionQuery().processInstanceId(delivery.processInstanceId())
        .activityId(activities.get(0)).list().get(0).getId();
    runtimeService.createIncident(INCIDENT_TYPE, executionId, delivery.dedupKey(),
        "邮件发送失败（" + delivery.recipientEmail() + "）：" + error);
  }
}
