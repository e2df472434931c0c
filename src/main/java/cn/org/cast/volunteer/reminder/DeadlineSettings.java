package cn.org.cast.volunteer.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When deadlines fall and reminders go out (prefix {@code cast.deadlines}), all in Beijing time.
 *
 * @param planReminderWorkingDays working days before a plan's deadline on which its reminders go out;
 *     0 is the morning of the deadline day (the plan process has one reminder timer per entry, three)
 * @param reminderTime time of day reminders go out
 * @param deadlineTime time of day a deadline falls on its day
 * @param revisionWorkingDays working days a returned plan has for its revision
 * @param reviewWorkingDays working days a reviewer has for a submitted plan
 * @param reviewReminderWorkingDays working days before the review's due date its reminder goes out
 * @param followUpBeforeDue how long before a due date Tasklist's follow-up date falls
 */
@ConfigurationProperties("cast.deadlines")
record DeadlineSettings(
    @DefaultValue({"3", "1", "0"}) List<Integer> planReminderWorkingDays,
    @DefaultValue("09:00") LocalTime reminderTime,
    @DefaultValue("23:59:59") LocalTime deadlineTime,
    @DefaultValue("5") int revisionWorkingDays,
    @DefaultValue("5") int reviewWorkingDays,
    @DefaultValue("1") int reviewReminderWorkingDays,
    @DefaultValue("P1D") Duration followUpBeforeDue) {

  public DeadlineSettings {
    // A review reminder must fall before the review is due: no timer withdraws a late one.
    if (reviewReminderWorkingDays >= reviewWorkingDays) {
      throw new IllegalArgumentException("cast.deadlines.review-reminder-working-days (" + reviewReminderWorkingDays
          + ") must be less than cast.deadlines.review-working-days (" + reviewWorkingDays + ")");
    }
  }
}
