package cn.org.cast.volunteer.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The working-day calendar on the State Council's published arrangements. */
class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = read();

  static WorkingDayCalendar read() {
    try {
      return WorkingDayCalendar.read(new ClassPathResource(CalendarConfig.HOLIDAY_DATA).getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void mayDay2019IsFourDaysOffWithTwoSundaysWorked() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 4, 28))).as("Sunday 28 April, adjusted").isTrue();
    for (int day = 1; day <= 4; day++) {
      assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, day))).as("May %d", day).isFalse();
    }
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 5, 5))).as("Sunday 5 May, adjusted").isTrue();
    // The 2019 plan deadline (Friday 10 May): three working days before it is Tuesday 7 May...
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 10), -3)).isEqualTo(LocalDate.of(2019, 5, 7));
    // ...and five working days before it reach back over the holiday to the adjusted Sunday.
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 10), -5)).isEqualTo(LocalDate.of(2019, 5, 5));
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 10), -6)).isEqualTo(LocalDate.of(2019, 4, 30));
  }

  @Test
  void adjustedSaturdayIsAWorkingDay() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 12))).as("Saturday 12 October 2019").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2019, 10, 19))).as("an ordinary Saturday").isFalse();
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 10, 11), 1)).isEqualTo(LocalDate.of(2019, 10, 12));
  }

  @Test
  void springFestival2026IsNineDaysOff() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).as("Saturday 14 February, adjusted").isTrue();
    for (LocalDate day = LocalDate.of(2026, 2, 15); !day.isAfter(LocalDate.of(2026, 2, 23)); day = day.plusDays(1)) {
      assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
    }
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 24));
    assertThat(calendar.workingDayBefore(LocalDate.of(2026, 2, 24))).isEqualTo(LocalDate.of(2026, 2, 14));
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).as("Saturday 28 February, adjusted").isTrue();
  }

  @Test
  void yearBoundariesFollowTheNextYearsNotice() {
    // 2023's New Year holiday began on 31 December 2022.
    assertThat(calendar.isWorkingDay(LocalDate.of(2022, 12, 30))).isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2022, 12, 30), 1)).isEqualTo(LocalDate.of(2023, 1, 3));
    assertThat(calendar.workingDayBefore(LocalDate.of(2023, 1, 3))).isEqualTo(LocalDate.of(2022, 12, 30));
    // 2026: 1–3 January off, Sunday 4 January worked.
    assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
  }

  @Test
  void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 10), 0)).isEqualTo(LocalDate.of(2019, 5, 10));
    assertThat(calendar.addWorkingDays(LocalDate.of(2019, 5, 1), 0)).isEqualTo(LocalDate.of(2019, 5, 5));
  }

  @Test
  void yearsOutsideTheDataCountOnlyWeekends() {
    assertThat(calendar.covers(2019)).isTrue();
    assertThat(calendar.covers(2026)).isTrue();
    assertThat(calendar.covers(2035)).isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2035, 5, 1))).as("a Tuesday in an unlisted year").isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2035, 5, 5))).as("a Saturday").isFalse();
  }
}
