package cn.org.cast.volunteer.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import cn.org.cast.volunteer.notification.NotificationSender;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** A real SMTP server the nodes send to; it counts what arrived, by Message-ID. */
final class MailCatcher implements AutoCloseable {

  /** What became of the messages of one purpose that the outbox holds. */
  record Delivery(int queued, int arrived, int repeats, int missing) {}

  private final GreenMail smtp;

  MailCatcher(int port) {
    // A line per recipient of thousands would drown the test's own output.
    ((Logger) LoggerFactory.getLogger("com.icegreen.greenmail")).setLevel(Level.WARN);
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  int port() {
    return smtp.getSmtp().getPort();
  }

  int arrivals() {
    return smtp.getReceivedMessages().length;
  }

  /** Compares the outbox's messages (their keys) with what arrived: each once, none missing. */
  Delivery delivery(List<String> dedupKeys) {
    Map<String, Long> arrivals = Arrays.stream(smtp.getReceivedMessages())
        .collect(Collectors.groupingBy(MailCatcher::messageId, Collectors.counting()));
    int arrived = 0;
    int repeats = 0;
    for (String id : dedupKeys.stream().map(NotificationSender::messageId).toList()) {
      long times = arrivals.getOrDefault(id, 0L);
      arrived += times > 0 ? 1 : 0;
      repeats += (int) Math.max(0, times - 1);
    }
    return new Delivery(dedupKeys.size(), arrived, repeats, dedupKeys.size() - arrived);
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    smtp.stop();
  }
}
