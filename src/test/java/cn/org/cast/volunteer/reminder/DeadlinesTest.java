package cn.org.cast.volunteer.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.EngineClock;

/** Deadline and reminder moments: Beijing time on the working-day calendar, whatever the server's zone. */
class DeadlinesTest {

  private static final DeadlineSettings DEFAULTS = new DeadlineSettings(List.of(3, 1, 0), LocalTime.of(9, 0),
      LocalTime.of(23, 59, 59), 5, 5, 1, Duration.ofDays(1));

  private final Deadlines deadlines = new Deadlines(WorkingDayCalendarTest.read(), DEFAULTS, new EngineClock());
  private final TimeZone serverZone = TimeZone.getDefault();

  @AfterEach
  void restore() {
    TimeZone.setDefault(serverZone);
    ClockUtil.reset();
  }

  @Test
  void planRemindersFallOnWorkingDaysBeforeTheDeadlineAtNineInBeijingWhateverTheServerZone() {
    TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-04-30T02:00:00Z")));
    Date deadline = deadlines.deadlineOn(LocalDate.of(2019, 5, 10));

    assertThat(deadline.toInstant()).isEqualTo(Instant.parse("2019-05-10T15:59:59Z"));
    assertThat(deadlines.planReminder(deadline, 0).toInstant()).isEqualTo(Instant.parse("2019-05-07T01:00:00Z"));
    assertThat(deadlines.planReminder(deadline, 1).toInstant()).isEqualTo(Instant.parse("2019-05-09T01:00:00Z"));
    assertThat(deadlines.planReminder(deadline, 2).toInstant()).isEqualTo(Instant.parse("2019-05-10T01:00:00Z"));
  }

  @Test
  void aReminderWithoutAPointOrAlreadyPastIsPlacedAfterTheDeadline() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-05-08T02:00:00Z")));
    Date deadline = deadlines.deadlineOn(LocalDate.of(2019, 5, 10));

    assertThat(deadlines.planReminder(deadline, 0)).isAfter(deadline);
    assertThat(deadlines.planReminder(deadline, 1)).isBefore(deadline);
    assertThat(deadlines.planReminder(deadline, 3)).isAfter(deadline);
  }

  @Test
  void revisionAndReviewDueDatesCountWorkingDaysFromToday() {
    // Monday 29 April 2019: five working days later is Wednesday 8 May (1–4 May off, Sunday 5 May worked).
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2019-04-29T02:00:00Z")));
    assertThat(deadlines.revisionDue(null).toInstant()).isEqualTo(Instant.parse("2019-05-08T15:59:59Z"));
    assertThat(deadlines.reviewDue()).isEqualTo(deadlines.revisionDue(null));
    // Returned before the campaign's deadline, a plan keeps that later deadline.
    Date campaignDeadline = deadlines.deadlineOn(LocalDate.of(2019, 5, 10));
    assertThat(deadlines.revisionDue(campaignDeadline)).isEqualTo(campaignDeadline);
    assertThat(deadlines.reviewReminder(deadlines.reviewDue()).toInstant())
        .isEqualTo(Instant.parse("2019-05-07T01:00:00Z"));
  }
}
