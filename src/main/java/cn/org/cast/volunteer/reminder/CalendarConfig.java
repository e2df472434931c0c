package cn.org.cast.volunteer.reminder;

import java.io.IOException;
import java.time.Clock;
import java.time.Year;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;


@Configuration
@EnableConfigurationProperties(DeadlineSettings.class)
class CalendarConfig {

  static final String HOLIDAY_DATA = "calendar/cn-holidays.csv";
  private static final Logger LOG = LoggerFactory.getLogger(CalendarConfig.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(Clock clock) throws IOException {
    WorkingDayCalendar calendar = WorkingDayCalendar.read(new ClassPathResource(HOLIDAY_DATA).getInputStream());
    int nextYear = Year.now(clock).getValue() + 1;
    if (!calendar.covers(nextYear)) {
      LOG.warn("节假日数据只到 {} 年：{} 年的放假安排公布后，请补充到 {}（在此之前只按周末计算）。",
          calendar.lastCoveredYear(), nextYear, HOLIDAY_DATA);
    }
    return calendar;
  }
}
