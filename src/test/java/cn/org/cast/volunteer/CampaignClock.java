package cn.org.cast.volunteer;

import java.time.OffsetDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test on the engine clock at the 2019 campaign's issue date (Tuesday 30 April 2019, 10:00
 * Beijing time), so that its deadlines lie ahead, and lets a test move the clock on from there.
 */
public class CampaignClock implements BeforeEachCallback, AfterEachCallback {

  public static final OffsetDateTime ISSUED = OffsetDateTime.parse("2019-04-30T10:00:00+08:00");

  @Override
  public void beforeEach(ExtensionContext context) {
    set(ISSUED);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }

  public static void set(OffsetDateTime moment) {
    ClockUtil.setCurrentTime(Date.from(moment.toInstant()));
  }
}
