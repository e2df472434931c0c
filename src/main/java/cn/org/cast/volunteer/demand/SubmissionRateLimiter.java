package cn.org.cast.volunteer.demand;

import java.net.InetAddress;
import java.net.UnknownHostException;
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

import jakarta.servlet.http.HttpServletRequest;

/**
 * How many public submissions one client address may make in a sliding hour (cast.demands.public.per-hour).
 * In memory, per node: a few counters need no library nor a shared store, and a restart only forgives.
 */
@Component
public class SubmissionRateLimiter {

  /** Beyond this many addresses, the ones with no recent attempt are forgotten first. */
  private static final int TIDY_ABOVE = 10_000;
  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();

  @Autowired
  public SubmissionRateLimiter(@Value("${cast.demands.public.per-hour:5}") int perHour) {
    this(perHour, Duration.ofHours(1), Clock.systemUTC());
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

  /**
   * The client's address: the peer's, unless the peer is a proxy of our own network (loopback or private
   * address, as the cluster's nginx is), whose X-Forwarded-For ends with the address it saw.
   */
  public static String clientOf(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    String forwarded = request.getHeader(FORWARDED_FOR);
    if (forwarded == null || forwarded.isBlank() || !isOwnNetwork(peer)) {
      return peer;
    }
    String[] hops = forwarded.split(",");
    return hops[hops.length - 1].strip();
  }

  private static boolean isOwnNetwork(String address) {
    try {
      InetAddress peer = InetAddress.getByName(address);
      return peer.isLoopbackAddress() || peer.isSiteLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private Deque<Instant> expire(Deque<Instant> times, Instant now) {
    Instant since = now.minus(window);
    while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
      times.pollFirst();
    }
    return times;
  }
}
