package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.EngineClock;

/** The throttle's arithmetic on the engine clock, moved on instead of waited for. */
class LoginThrottleTest {

  private static final Instant START = Instant.parse("2019-04-30T02:00:00Z");

  private final LoginThrottle throttle = new LoginThrottle(new EngineClock());

  @BeforeEach
  void stopTheClock() {
    at(Duration.ZERO);
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void delaysDoubleFromTheirFirstToTheirMaximum() {
    assertThat(LoginThrottle.ACCOUNT.delayAfter(1)).isEqualTo(Duration.ofSeconds(3));
    assertThat(LoginThrottle.ACCOUNT.delayAfter(2)).isEqualTo(Duration.ofSeconds(6));
    assertThat(LoginThrottle.ACCOUNT.delayAfter(5)).isEqualTo(Duration.ofSeconds(48));
    assertThat(LoginThrottle.ACCOUNT.delayAfter(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginThrottle.ACCOUNT.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginThrottle.ADDRESS.delayAfter(20)).isZero();
    assertThat(LoginThrottle.ADDRESS.delayAfter(21)).isEqualTo(Duration.ofSeconds(1));
    assertThat(LoginThrottle.ADDRESS.delayAfter(30)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void anAccountWaitsAfterAFailureUntilItsDelayHasPassedAndIsClearedByASuccess() {
    throttle.failed("chemsoc", "198.51.100.1");
    assertThat(throttle.mustWait("chemsoc", "198.51.100.2")).isTrue();
    assertThat(throttle.mustWait("cmes", "198.51.100.1")).as("one failure leaves the address free").isFalse();
    at(Duration.ofSeconds(3));
    assertThat(throttle.mustWait("chemsoc", "198.51.100.2")).isFalse();
    throttle.failed("chemsoc", "198.51.100.1");
    at(Duration.ofSeconds(8));
    assertThat(throttle.mustWait("chemsoc", null)).as("6 s after the second failure").isTrue();
    at(Duration.ofSeconds(9));
    assertThat(throttle.mustWait("chemsoc", null)).isFalse();
    throttle.succeeded("chemsoc");
    throttle.failed("chemsoc", null);
    at(Duration.ofSeconds(12));
    assertThat(throttle.mustWait("chemsoc", null)).as("counted from one again").isFalse();
  }

  @Test
  void anAddressFailingAgainstManyAccountsWaitsAndASuccessDoesNotFreeIt() {
    for (int i = 0; i < 21; i++) {
      throttle.failed("account" + i, "198.51.100.1");
    }
    assertThat(throttle.mustWait("someone-else", "198.51.100.1")).isTrue();
    assertThat(throttle.mustWait("someone-else", "198.51.100.2")).isFalse();
    throttle.succeeded("someone-else");
    assertThat(throttle.mustWait("someone-else", "198.51.100.1")).isTrue();
    at(Duration.ofSeconds(1));
    assertThat(throttle.mustWait("someone-else", "198.51.100.1")).isFalse();
  }

  @Test
  void countsAreForgottenAQuarterOfAnHourAfterTheLastFailure() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("chemsoc", null);
    }
    at(LoginThrottle.FORGET_AFTER);
    throttle.failed("chemsoc", null);
    at(LoginThrottle.FORGET_AFTER.plusSeconds(3));
    assertThat(throttle.mustWait("chemsoc", null)).as("3 s after a first failure, not a minute").isFalse();
  }

  @Test
  void aLongNameIsCountedUnderItsFirstCharacters() {
    throttle.failed("x".repeat(10_000), null);
    assertThat(throttle.mustWait("x".repeat(64) + "y", null)).isTrue();
  }

  private static void at(Duration sinceStart) {
    ClockUtil.setCurrentTime(Date.from(START.plus(sinceStart)));
  }
}
