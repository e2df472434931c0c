package cn.org.cast.volunteer.notification;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineClock;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.plan.PlanProcess;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/** Mail delivery against a real SMTP server (GreenMail): the right mail, once, whatever happens. */
@AppTest
class NotificationDeliveryTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP).withPerMethodLifecycle(true);

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  NotificationSender sender;

  EngineDriver driver;
  String campaignId;
  ProcessInstance plan;

  @BeforeEach
  void campaignForTheChemicalSociety() {
    // Messages other tests left queued are not this test's business.
    jdbc.sql("UPDATE notification SET status = 'SENT' WHERE status IN ('QUEUED', 'SENDING')").update();
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
  }

  @Test
  void noticeReachesTheOrganisationOnceInChinese() throws Exception {
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage notice = received[0];
    assertThat(notice.getAllRecipients()[0].toString()).isEqualTo("n006@contact.example.org");
    assertThat(notice.getSubject()).isEqualTo("【通知】第三届全国科技工作者日主题活动");
    assertThat(GreenMailUtil.getWholeMessage(notice)).contains("multipart/alternative", "text/plain", "text/html");
    assertThat(decoded(notice)).contains("中国化学会：", "2019年5月10日（星期五）23:59", "中国科协组织人事部  电话：010-68571871",
        "http://localhost:8080/camunda/app/tasklist/default/", "<a href=\"http://localhost:8080/camunda/app/tasklist/default/\"");
    assertThat(delivery().status()).isEqualTo(DeliveryStatus.SENT);
  }

  @Test
  void aFailedSendIsRetriedLaterAndArrivesOnce() throws Exception {
    smtp.stop();
    assertThat(sender.sendDue()).isZero();
    NotificationOutbox.Delivery failed = delivery();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.QUEUED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).isNotBlank();

    smtp.start();
    assertThat(sender.sendDue()).as("not due before the back-off").isZero();
    CampaignClock.set(CampaignClock.ISSUED.plusMinutes(2));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(delivery().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(delivery().attempts()).isEqualTo(2);
  }

  @Test
  void aReminderWhoseTimerRunsTwiceIsMailedOnce() throws Exception {
    sender.sendDue();
    CampaignClock.set(OffsetDateTime.parse("2019-05-07T09:00:01+08:00"));
    driver.executeJobs();
    // The same reminder step once more, as a repeated timer job would run it.
    engine.getRuntimeService().createProcessInstanceModification(plan.getId())
        .startBeforeActivity("sendFirstReminder").execute();

    List<String> keys = jdbc.sql("SELECT dedup_key FROM notification WHERE process_instance_id = :p AND purpose = 'PLAN_REMINDER'")
        .param("p", plan.getId()).query(String.class).list();
    assertThat(keys).hasSize(1);

    sender.sendDue();
    // Other tests' plans have reminders due too: this plan's reminder is known by its message id.
    List<MimeMessage> reminders = Arrays.stream(smtp.getReceivedMessages())
        .filter(message -> NotificationSender.messageId(keys.get(0)).equals(header(message, "Message-ID"))).toList();
    assertThat(reminders).hasSize(1);
    assertThat(subject(reminders.get(0))).isEqualTo("【提醒】请于2019年5月10日（星期五）23:59前提交筹备工作方案");
    assertThat(reminders.get(0).getAllRecipients()[0].toString()).isEqualTo("n006@contact.example.org");
  }

  @Test
  void aBurstLargerThanOneBatchLeavesInOneRound() {
    NotificationOutbox outbox = new NotificationOutbox(jdbc, new EngineClock());
    for (int i = 0; i < 120; i++) {
      outbox.queue(new Notification(plan.getId(), campaignId, CHEMICAL_SOCIETY, "burst@example.org",
          NotificationPurpose.MANUAL_REMINDER, "burst-" + i, new MailContent("催报", "请尽快报送", "<p>请尽快报送</p>")));
    }

    assertThat(sender.sendDue()).isEqualTo(121);
    assertThat(smtp.getReceivedMessages()).hasSize(121);
  }

  @Test
  void aMailThatKeepsFailingIsMarkedFailedAndRaisedInCockpit() {
    smtp.stop();
    OffsetDateTime now = CampaignClock.ISSUED;
    for (int attempt = 0; attempt < 5; attempt++) {
      sender.sendDue();
      now = now.plusHours(2);
      CampaignClock.set(now);
    }
    NotificationOutbox.Delivery failed = delivery();
    assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(5);
    ProcessInstance campaign = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(campaignId).singleResult();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(campaign.getId())
        .incidentType(NotificationSender.INCIDENT_TYPE).count()).isEqualTo(1);
  }

  @Test
  void aSendInterruptedBeforeItsResultWasRecordedIsRepeatedWithTheSameMessageId() throws Exception {
    long id = delivery().id();
    // Claimed just now: another node may still be sending it.
    jdbc.sql("UPDATE notification SET status = 'SENDING', claimed_at = :then WHERE id = :id")
        .param("then", CampaignClock.ISSUED.minusSeconds(5)).param("id", id).update();
    sender.sendDue();
    assertThat(delivery().status()).isEqualTo(DeliveryStatus.SENDING);
    assertThat(smtp.getReceivedMessages()).isEmpty();

    // Claimed an hour ago: the node that claimed it stopped mid-send.
    jdbc.sql("UPDATE notification SET claimed_at = :then WHERE id = :id")
        .param("then", CampaignClock.ISSUED.minusHours(1)).param("id", id).update();
    sender.sendDue();

    assertThat(delivery().status()).isEqualTo(DeliveryStatus.SENT);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getMessageID())
        .isEqualTo(NotificationSender.messageId(delivery().dedupKey()));
  }

  private NotificationOutbox.Delivery delivery() {
    return jdbc.sql("SELECT id FROM notification WHERE campaign_id = :c AND purpose = 'NOTICE_ISSUED'")
        .param("c", campaignId).query(Long.class).list().stream().findFirst()
        .map(id -> new NotificationOutbox(jdbc, new EngineClock()).find(id)).orElseThrow();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, null);
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every text part of the message, plain and HTML, decoded. */
  private static String decoded(Part part) throws Exception {
    Object content = part.getContent();
    if (content instanceof Multipart parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.getCount(); i++) {
        text.append(decoded(parts.getBodyPart(i)));
      }
      return text.toString();
    }
    return content.toString();
  }
}
