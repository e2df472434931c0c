package cn.org.cast.volunteer.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.identity.User;

import cn.org.cast.volunteer.VolunteerApplication;

/** The values a mail template reads, with dates written the Chinese way, e.g. 2019年5月10日（星期五）23:59. */
public final class MailModel {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）", Locale.CHINA);
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy年M月d日（EEEE）HH:mm", Locale.CHINA);

  private final Map<String, Object> values = new HashMap<>();

  public static MailModel forCampaign(String campaignName, String contacts) {
    return new MailModel().with("campaignName", campaignName).with("contacts", contacts);
  }

  /** Sets a value; null removes it, so that templates can test for its presence. */
  public MailModel with(String name, Object value) {
    if (value == null) {
      values.remove(name);
    } else {
      values.put(name, value);
    }
    return this;
  }

  public Map<String, Object> values() {
    return Map.copyOf(values);
  }

  /** A person as the mails address them: family name first, as a Chinese name is written. */
  public static String personName(User user) {
    return user.getLastName() + " " + user.getFirstName();
  }

  public static String day(LocalDate day) {
    return DAY.format(day);
  }

  public static String moment(Date moment) {
    return MOMENT.format(moment.toInstant().atZone(VolunteerApplication.BEIJING));
  }

  /** Tasklist, where the recipient's tasks are. */
  public static String tasklistLink(MailSettings settings) {
    return settings.baseUrl() + "/camunda/app/tasklist/default/";
  }

  /** The task in Tasklist, or Tasklist itself when there is no task to link to. */
  public static String taskLink(MailSettings settings, String taskId) {
    return taskId == null ? tasklistLink(settings) : tasklistLink(settings) + "#/?task=" + taskId;
  }
}
