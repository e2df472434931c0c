package cn.org.cast.volunteer.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ReportScheduleTest {

  /** Weekdays, without the 2019 National Day holiday (1–7 October). */
  private static final Predicate<LocalDate> WORKING = day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
      && day.getDayOfWeek() != DayOfWeek.SUNDAY
      && !Set.of(1, 2, 3, 4, 7).contains(day.getMonthValue() == 10 && day.getYear() == 2019 ? day.getDayOfMonth() : 0);

  @Test
  void reportsFallEveryIntervalAndTheLastOnTheEndDate() {
    assertThat(ReportSchedule.dueDays(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 7, 31), 30, WORKING))
        .containsExactly(LocalDate.of(2019, 6, 5), LocalDate.of(2019, 7, 5), LocalDate.of(2019, 7, 31));
  }

  @Test
  void aDueDayOffMovesToTheNextWorkingDay() {
    // 1 October 2019 is National Day; the holiday and the weekend after it end on Tuesday 8 October.
    assertThat(ReportSchedule.dueDays(LocalDate.of(2019, 9, 1), LocalDate.of(2019, 10, 20), 30, WORKING))
        .containsExactly(LocalDate.of(2019, 10, 8), LocalDate.of(2019, 10, 21));
  }

  @Test
  void aShortProjectReportsOnceAtItsEnd() {
    assertThat(ReportSchedule.dueDays(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 5, 17), 30, WORKING))
        .containsExactly(LocalDate.of(2019, 5, 17));
  }

  @Test
  void anIntervalLandingOnTheEndDateIsNotCountedTwice() {
    assertThat(ReportSchedule.dueDays(LocalDate.of(2019, 5, 6), LocalDate.of(2019, 6, 5), 30, WORKING))
        .containsExactly(LocalDate.of(2019, 6, 5));
  }
}
