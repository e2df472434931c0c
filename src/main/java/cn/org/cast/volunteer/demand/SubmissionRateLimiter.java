package cn.org.cast.volunteer.demand;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many public submissions one client address ({@link cn.org.cast.volunteer.security.ClientAddress}) may make
 * in a sliding hour (cast.demands.public.per-hour).
 * In memory, per node: a few counters need no library nor a shared store, and a restart only forgives.
 */
@Component
class SubmissionRateLimiter {

  /** Beyond this many addresses, the ones with no recent attempt are forgotten first. */
  private static final int TIDY_ABOVE = 10_000;

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  @Autowired
  SubmissionRateLimiter(@Value("${cast.demands.public.per-hour:5}") int perHour, Clock clock) {
    this(perHour, Duration.ofHours(1), clock);
  }

  SubmissionRateLimiter(int limit, Duration window, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
  }

  public int limit() {
    return limit;
  }

  /** Counts an attempt from the client; false, and not counted, when it has had its share in the window. */
  public boolean tryAcquire(String client) {
    Instant now = clock.instant();
    if (attempts.size() > TIDY_ABOVE) {
      attempts.keySet().forEach(key -> attempts.computeIfPresent(key, (k, times) -> expire(times, now).isEmpty() ? null : times));
    }
    boolean[] allowed = new boolean[1];
    attempts.compute(client, (key, times) -> {
      Deque<Instant> recent = expire(times == null ? new ArrayDeque<>() : times, now);
      allowed[0] = recent.size() < limit;
      if (allowed[0]) {
        recent.addLast(now);
      }
      return recent;
    });
    return allowed[0];
  }

  private Deque<Instant> expire(Deque<Instant> times, Instant now) {
    Instant since = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.pollFirst();
    }
    return times;
  }
}
