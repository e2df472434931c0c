package cn.org.cast.volunteer.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** How the holiday data is read: periods with both ends included, the years it covers, and what it refuses. */
class WorkingDayCalendarDataTest {

  private static final String HEADER = "year,kind,from,to,name\n";

  @Test
  void aHolidayPeriodIncludesBothEndsAndAnAdjustedWeekendDayIsWorked() {
    WorkingDayCalendar calendar = read(HEADER
        + "2031,WORKDAY,2031-04-27,2031-04-27,劳动节调休上班\n"
        + "2031,HOLIDAY,2031-05-01,2031-05-05,劳动节\n");

    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 30))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 5, 1))).as("first day").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 5, 5))).as("last day, a Monday").isFalse();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 5, 6))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2031, 4, 27))).as("adjusted Sunday").isTrue();
    assertThat(calendar.addWorkingDays(LocalDate.of(2031, 4, 30), 1)).isEqualTo(LocalDate.of(2031, 5, 6));
    assertThat(calendar.workingDayBefore(LocalDate.of(2031, 4, 28))).isEqualTo(LocalDate.of(2031, 4, 27));
  }

  @Test
  void theLastCoveredYearIsTheLatestInTheDataWhateverTheRowOrder() {
    WorkingDayCalendar calendar = read(HEADER
        + "2031,HOLIDAY,2031-01-01,2031-01-01,元旦\n"
        + "2030,HOLIDAY,2030-01-01,2030-01-01,元旦\n");

    assertThat(calendar.lastCoveredYear()).isEqualTo(2031);
    assertThat(calendar.covers(2030)).isTrue();
    assertThat(calendar.covers(2032)).isFalse();
  }

  @Test
  void aRowOfAnUnknownKindIsRefused() {
    assertThatThrownBy(() -> read(HEADER + "2031,HALFDAY,2031-05-06,2031-05-06,调休\n"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("HALFDAY");
  }

  private static WorkingDayCalendar read(String csv) {
    return WorkingDayCalendar.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }
}
