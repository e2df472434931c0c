package cn.org.cast.volunteer.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Failed logins slow down the next ones, counted per account and per client address: past a key's free
 * failures, each further one doubles its wait, up to a maximum. An attempt that must wait is refused before
 * its password is looked at and counts for nothing, so the owner's own tries do not prolong an attacker's
 * delay. An account's count ends with its next successful login (an address's does not: one good account
 * must not buy an address more guesses at others); every count is forgotten once its last failure is
 * {@link #FORGET_AFTER} old.
 *
 * <p>In memory, per node: behind a load balancer each node counts what it sees, and a restart forgives. Times
 * are read from the engine's clock, as are those of Camunda's own delay after a wrong password.
 */
@Component
class LoginThrottle {

  /** How long a key must wait after its nth failure. */
  record Policy(int freeFailures, Duration firstDelay, Duration maxDelay) {

    Duration delayAfter(int failures) {
      if (failures <= freeFailures) {
        return Duration.ZERO;
      }
      int doublings = Math.min(failures - freeFailures - 1, 30);
      Duration delay = firstDelay.multipliedBy(1L << doublings);
      return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }
  }

  /**
   * 3 s after the first wrong password, then 6, 12, … up to a minute: never shorter than the engine's own
   * delay (3 s, loginDelayMaxTime), so a password let through here is checked, not refused by the engine.
   */
  static final Policy ACCOUNT = new Policy(0, Duration.ofSeconds(3), Duration.ofMinutes(1));
  /** Many people may share an office's address: twenty mistakes are free, then from 1 s up to 5 minutes. */
  static final Policy ADDRESS = new Policy(20, Duration.ofSeconds(1), Duration.ofMinutes(5));
  static final Duration FORGET_AFTER = Duration.ofMinutes(15);
  /** No account name is longer (Camunda's user ids have 64 characters at most): longer ones share a count. */
  private static final int KEY_LENGTH = 64;
  /** Beyond this many keys, the forgotten ones are removed. */
  private static final int TIDY_ABOVE = 10_000;

  private record Failures(int count, Instant last) {}

  private final Map<String, Failures> accounts = new ConcurrentHashMap<>();
  private final Map<String, Failures> addresses = new ConcurrentHashMap<>();
  private final Clock clock;

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** Whether an attempt for the account from the address must wait (the address may be unknown: null). */
  public boolean mustWait(String account, String address) {
    Instant now = clock.instant();
    return waiting(accounts, key(account), ACCOUNT, now) || address != null && waiting(addresses, address, ADDRESS, now);
  }

  public void failed(String account, String address) {
    Instant now = clock.instant();
    count(accounts, key(account), now);
    if (address != null) {
      count(addresses, address, now);
    }
  }

  public void succeeded(String account) {
    accounts.remove(key(account));
  }

  private static boolean waiting(Map<String, Failures> failures, String key, Policy policy, Instant now) {
    Failures recorded = failures.get(key);
    return recorded != null && now.isBefore(recorded.last().plus(policy.delayAfter(recorded.count())));
  }

  private static void count(Map<String, Failures> failures, String key, Instant now) {
    if (failures.size() > TIDY_ABOVE) {
      failures.values().removeIf(recorded -> forgotten(recorded, now));
    }
    failures.compute(key, (k, recorded) -> recorded == null || forgotten(recorded, now)
        ? new Failures(1, now) : new Failures(recorded.count() + 1, now));
  }

  private static boolean forgotten(Failures recorded, Instant now) {
    return !now.isBefore(recorded.last().plus(FORGET_AFTER));
  }

  private static String key(String account) {
    String name = String.valueOf(account);
    return name.length() <= KEY_LENGTH ? name : name.substring(0, KEY_LENGTH);
  }
}
