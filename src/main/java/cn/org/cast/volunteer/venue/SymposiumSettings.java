package cn.org.cast.volunteer.venue;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The symposium's timetable and the rules of its preparation (prefix {@code cast.symposium}), Beijing time.
 *
 * @param confirmationWorkingDays working days the flag recipients have to confirm their representatives
 * @param rehearsalAttempts connection tests a venue gets before the ceremony lead decides on it
 * @param maxLatencyMs the highest latency a connection test passes with
 * @param goNoGoTime time of day, the day before the symposium, the go/no-go decision falls due
 * @param liveOpensTime time of day, on the symposium date, the live phase opens
 */
@ConfigurationProperties("cast.symposium")
record SymposiumSettings(
    @DefaultValue("5") int confirmationWorkingDays,
    @DefaultValue("3") int rehearsalAttempts,
    @DefaultValue("800") int maxLatencyMs,
    @DefaultValue("10:00") LocalTime goNoGoTime,
    @DefaultValue("08:00") LocalTime liveOpensTime) {

  public SymposiumSettings {
    if (rehearsalAttempts < 1) {
      throw new IllegalArgumentException("cast.symposium.rehearsal-attempts must be at least 1");
    }
  }
}
