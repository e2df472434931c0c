package cn.org.cast.volunteer;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * "Now" for the whole app: the engine's clock, in Beijing time. Timers, due dates and job acquisition read
 * the engine's clock, so every moment the app records or compares must come from the same one; the tests
 * move it, and the demo runs its campaign's past on it.
 */
@Component
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(VolunteerApplication.BEIJING);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new EngineClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  /** Sets the engine's clock to a moment, where it stays until {@link #reset()}. */
  public void moveTo(Instant moment) {
    ClockUtil.setCurrentTime(Date.from(moment));
  }

  /** Lets the engine's clock follow the system's again. */
  public void reset() {
    ClockUtil.reset();
  }
}
