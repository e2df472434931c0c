package cn.org.cast.volunteer.reminder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * China's working days: Monday to Friday, less the statutory holidays, plus the weekend days the
 * State Council turns into working days (调休). The holidays come from a data file, one row per
 * holiday period or adjusted working day, so a new year is a data change. Outside the years the file
 * covers, only weekends are days off.
 */
public final class WorkingDayCalendar {

  private final Set<LocalDate> holidays;
  private final Set<LocalDate> adjustedWorkingDays;
  private final TreeSet<Integer> coveredYears;

  private WorkingDayCalendar(Set<LocalDate> holidays, Set<LocalDate> adjustedWorkingDays, Set<Integer> years) {
    this.holidays = Set.copyOf(holidays);
    this.adjustedWorkingDays = Set.copyOf(adjustedWorkingDays);
    this.coveredYears = new TreeSet<>(years);
  }

  /** Reads the data file's rows: year, kind (HOLIDAY or WORKDAY), from, to (inclusive), name. */
  public static WorkingDayCalendar read(InputStream csv) {
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    Set<Integer> years = new HashSet<>();
    try (csv; MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      for (Map<String, String> row : rows.readAll()) {
        years.add(Integer.valueOf(row.get("year")));
        Set<LocalDate> target = switch (row.get("kind")) {
          case "HOLIDAY" -> holidays;
          case "WORKDAY" -> workdays;
          default -> throw new IllegalArgumentException("Unknown kind in holiday data: " + row);
        };
        LocalDate to = LocalDate.parse(row.get("to"));
        for (LocalDate day = LocalDate.parse(row.get("from")); !day.isAfter(to); day = day.plusDays(1)) {
          target.add(day);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the holiday data", e);
    }
    return new WorkingDayCalendar(holidays, workdays, years);
  }

  public boolean isWorkingDay(LocalDate day) {
    if (adjustedWorkingDays.contains(day)) {
      return true;
    }
    if (holidays.contains(day)) {
      return false;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * The working day that lies the given number of working days after (positive) or before
   * (negative) the day; zero gives the day itself if it is a working day, else the next one.
   */
  public LocalDate addWorkingDays(LocalDate day, int workingDays) {
    if (workingDays == 0) {
      return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }
    int step = workingDays > 0 ? 1 : -1;
    LocalDate current = day;
    for (int remaining = Math.abs(workingDays); remaining > 0; ) {
      current = current.plusDays(step);
      if (isWorkingDay(current)) {
        remaining--;
      }
    }
    return current;
  }

  /** The last working day before the given day. */
  public LocalDate workingDayBefore(LocalDate day) {
    return addWorkingDays(day, -1);
  }

  /** Whether the data file lists the State Council's arrangements for that year. */
  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  public int lastCoveredYear() {
    return coveredYears.last();
  }
}
