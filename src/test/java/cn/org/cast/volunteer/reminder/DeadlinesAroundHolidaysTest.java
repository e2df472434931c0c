package cn.org.cast.volunteer.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.org.cast.volunteer.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deadlines next to the 2019 May Day holiday (1–4 May off, Sunday 28 April and Sunday 5 May worked). */
class DeadlinesAroundHolidaysTest {

  private static final DeadlineSettings DEFAULTS = new DeadlineSettings(List.of(3, 1, 0), LocalTime.of(9, 0),
      LocalTime.of(23, 59, 59), 5, 5, 1, Duration.ofDays(1));

  private final Deadlines deadlines = new Deadlines(WorkingDayCalendarTest.read(), DEFAULTS, new EngineClock());

  @AfterEach
  void restoreClock() {
    ClockUtil.reset();
  }

  @Test
  void remindersBeforeADeadlineRightAfterTheHolidayFallOnTheWorkedSundayAndBeforeTheHoliday() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-04-20T02:00:00Z")));
    Date mondayAfter = deadlines.deadlineOn(LocalDate.of(2019, 5, 6));

    assertThat(deadlines.planReminder(mondayAfter, 0).toInstant()).isEqualTo(Instant.parse("2019-04-29T01:00:00Z"));
    assertThat(deadlines.planReminder(mondayAfter, 1).toInstant()).isEqualTo(Instant.parse("2019-05-05T01:00:00Z"));
    assertThat(deadlines.planReminder(mondayAfter, 2).toInstant()).isEqualTo(Instant.parse("2019-05-06T01:00:00Z"));
  }

  @Test
  void aReminderDueAtThisVeryMomentHasPassedAndFollowsTheDeadline() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-05-09T01:00:00Z")));
    Date deadline = deadlines.deadlineOn(LocalDate.of(2019, 5, 10));

    assertThat(deadlines.planReminder(deadline, 1).toInstant()).isEqualTo(Instant.parse("2019-05-10T16:00:00Z"));
    assertThat(deadlines.planReminder(deadline, 2).toInstant()).isEqualTo(Instant.parse("2019-05-10T01:00:00Z"));
  }

  @Test
  void aRevisionAskedForOnAHolidayCountsFromTheFirstWorkingDayAfterIt() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-05-01T02:00:00Z")));

    assertThat(deadlines.today()).isEqualTo(LocalDate.of(2019, 5, 1));
    assertThat(deadlines.revisionDue(null).toInstant()).isEqualTo(Instant.parse("2019-05-09T15:59:59Z"));
  }

  @Test
  void theFollowUpDateIsOneDayBeforeTheDueDate() {
    Date due = deadlines.deadlineOn(LocalDate.of(2019, 5, 10));
    assertThat(deadlines.followUp(due).toInstant()).isEqualTo(Instant.parse("2019-05-09T15:59:59Z"));
  }

  @Test
  void workingDaysAreTheCalendars() {
    assertThat(deadlines.isWorkingDay(LocalDate.of(2019, 4, 28))).as("adjusted Sunday").isTrue();
    assertThat(deadlines.isWorkingDay(LocalDate.of(2019, 5, 1))).as("May Day").isFalse();
  }
}
