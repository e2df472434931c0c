package cn.org.cast.volunteer.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail delivery (prefix {@code cast.mail}); the SMTP server itself is Spring's {@code spring.mail.*}.
 *
 * @param from the sender address
 * @param baseUrl the address people reach the app at, for links to their tasks
 * @param sending whether this node sends the outbox (tests send by hand)
 * @param pollInterval how often the outbox is looked at
 * @param retryDelays the wait before each further attempt after a failed send; when they are used up
 *     the message is marked failed and shown to the organiser
 * @param sendingTimeout how long a send may stay unrecorded before it counts as interrupted and is sent
 *     again (well above one send's worst case: the SMTP timeouts add up to under a minute)
 */
@ConfigurationProperties("cast.mail")
public record MailSettings(
    @DefaultValue("科技志愿服务行动工作平台 <noreply@example.org>") String from,
    @DefaultValue("http://localhost:8080") String baseUrl,
    @DefaultValue("true") boolean sending,
    @DefaultValue("PT10S") Duration pollInterval,
    @DefaultValue({"PT1M", "PT5M", "PT15M", "PT1H"}) List<Duration> retryDelays,
    @DefaultValue("PT5M") Duration sendingTimeout) {}
