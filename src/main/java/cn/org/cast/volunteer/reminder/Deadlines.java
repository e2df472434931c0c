package cn.org.cast.volunteer.reminder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.VolunteerApplication;

/**
 * Deadlines and reminder moments on the working-day calendar, for the models' timer and due-date
 * expressions, e.g. {@code ${deadlines.planReminder(planDueAt, 0)}}. "Now" is the engine's clock.
 */
@Component("deadlines")
public class Deadlines {

  private final WorkingDayCalendar calendar;
  private final DeadlineSettings settings;
  private final Clock clock;

  public Deadlines(WorkingDayCalendar calendar, DeadlineSettings settings, Clock clock) {
    this.calendar = calendar;
    this.settings = settings;
    this.clock = clock;
  }

  /** The moment a deadline falls on the given day. */
  public Date deadlineOn(LocalDate day) {
    return at(day.atTime(settings.deadlineTime()).atZone(VolunteerApplication.BEIJING));
  }

  /**
   * The moment of a plan's n-th reminder (0-based): the configured number of working days before its
   * deadline, at the reminder time. A reminder without a configured point, or whose moment has
   * already passed, is placed just after the deadline, where the deadline timer withdraws it unsent.
   */
  public Date planReminder(Date deadline, int ordinal) {
    if (ordinal >= settings.planReminderWorkingDays().size()) {
      return afterDeadline(deadline);
    }
    return reminderBefore(deadline, settings.planReminderWorkingDays().get(ordinal));
  }

  /** The reminder moment the given number of working days before a due date (0: on its morning). */
  public Date reminderBefore(Date due, int workingDays) {
    LocalDate dueDay = beijing(due).toLocalDate();
    LocalDate day = workingDays == 0 ? dueDay : calendar.addWorkingDays(dueDay, -workingDays);
    Date moment = at(day.atTime(settings.reminderTime()).atZone(VolunteerApplication.BEIJING));
    return moment.after(now()) ? moment : afterDeadline(due);
  }

  /**
   * The deadline of a revision: the configured number of working days from today, but never earlier
   * than the deadline the plan already had (a plan returned early keeps the campaign's deadline).
   */
  public Date revisionDue(Date currentDue) {
    Date revision = deadlineOn(calendar.addWorkingDays(today(), settings.revisionWorkingDays()));
    return currentDue != null && currentDue.after(revision) ? currentDue : revision;
  }

  /** The due date of a review: the configured number of working days from today. */
  public Date reviewDue() {
    return deadlineOn(calendar.addWorkingDays(today(), settings.reviewWorkingDays()));
  }

  public Date reviewReminder(Date reviewDue) {
    return reminderBefore(reviewDue, settings.reviewReminderWorkingDays());
  }

  /** Tasklist's follow-up date: shortly before the due date. */
  public Date followUp(Date due) {
    return Date.from(due.toInstant().minus(settings.followUpBeforeDue()));
  }

  public boolean isWorkingDay(LocalDate day) {
    return calendar.isWorkingDay(day);
  }

  private Date afterDeadline(Date deadline) {
    return new Date(deadline.getTime() + 1000);
  }

  public LocalDate today() {
    return beijing(now()).toLocalDate();
  }

  private Date now() {
    return Date.from(clock.instant());
  }

  private static ZonedDateTime beijing(Date date) {
    return date.toInstant().atZone(VolunteerApplication.BEIJING);
  }

  private static Date at(ZonedDateTime moment) {
    return Date.from(moment.toInstant());
  }
}
