package cn.org.cast.volunteer;

import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VolunteerApplication {

  /** Every date the campaign speaks of is a Beijing date, whatever zone the server runs in. */
  public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  static {
    // Camunda evaluates timers and due dates in the JVM's default zone.
    TimeZone.setDefault(TimeZone.getTimeZone(BEIJING));
  }

  public static void main(String[] args) {
    SpringApplication.run(VolunteerApplication.class, args);
  }
}
