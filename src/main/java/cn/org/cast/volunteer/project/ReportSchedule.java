package cn.org.cast.volunteer.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The days a project's progress reports fall due: every given number of days from its start, the last
 * on its end date; a day off moves to the next working day, so nothing is due on a holiday.
 */
final class ReportSchedule {

  private ReportSchedule() {
  }

  public static List<LocalDate> dueDays(LocalDate startsOn, LocalDate endsOn, int everyDays,
      Predicate<LocalDate> isWorkingDay) {
    List<LocalDate> days = new ArrayList<>();
    LocalDate next = startsOn.plusDays(everyDays);
    while (next.isBefore(endsOn)) {
      days.add(workingDayFrom(next, isWorkingDay));
      next = next.plusDays(everyDays);
    }
    LocalDate last = workingDayFrom(endsOn, isWorkingDay);
    if (days.isEmpty() || !days.get(days.size() - 1).equals(last)) {
      days.add(last);
    }
    return days;
  }

  private static LocalDate workingDayFrom(LocalDate day, Predicate<LocalDate> isWorkingDay) {
    LocalDate working = day;
    while (!isWorkingDay.test(working)) {
      working = working.plusDays(1);
    }
    return working;
  }
}
