package cn.org.cast.volunteer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import com.sun.management.OperatingSystemMXBean;

/**
 * Measures one run of a workload while it is resumed: wall and process CPU time, SQL statements, the
 * latency of each timed operation, and the heap still in use after the run. Setup between the measured parts is
 * paused out.
 */
final class Meter {

  /** A step that may throw, as HTTP calls and engine calls do; what it returns is not needed. */
  interface Step {
    void run() throws Exception;
  }

  /** How often arrivals are counted: their latencies are to within this. */
  static final Duration POLL = Duration.ofMillis(500);
  /** Nothing arrived for this long: the workload is stuck. */
  static final Duration STALL = Duration.ofMinutes(3);

  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final SqlStatementCounter sql;
  private final List<Long> latencies = new ArrayList<>();
  private long wallNanos;
  private long cpuNanos;
  private long statements;
  private long resumedWall;
  private long resumedCpu;
  private long resumedSql;

  Meter(SqlStatementCounter sql) {
    this.sql = sql;
    sql.takeLargestTransaction();
  }

  void resume() {
    resumedWall = System.nanoTime();
    resumedCpu = OS.getProcessCpuTime();
    resumedSql = sql.statements();
    sql.measuring(true);
  }

  void pause() {
    sql.measuring(false);
    wallNanos += System.nanoTime() - resumedWall;
    cpuNanos += OS.getProcessCpuTime() - resumedCpu;
    statements += sql.statements() - resumedSql;
  }

  /** Runs the step and records how long it took. */
  void time(Step step) throws Exception {
    long started = System.nanoTime();
    step.run();
    latency(System.nanoTime() - started);
  }

  /** A latency measured elsewhere, e.g. how long an organisation waited for its plan after the notice. */
  synchronized void latency(long nanos) {
    latencies.add(nanos);
  }

  /** Waits for every arrival, recording for each the time since {@code since}, to within the polling interval. */
  void awaitArrivals(long since, long expected, LongSupplier arrived) throws InterruptedException {
    await(expected, arrived, at -> latency(at - since));
  }

  /**
   * Polls how many have arrived until all have, telling {@code arrivedAt} the moment each was seen. Fails when
   * nothing arrives for a while: the workload is stuck, and the benchmark says so instead of waiting forever.
   */
  static void await(long expected, LongSupplier arrived, LongConsumer arrivedAt) throws InterruptedException {
    long seen = 0;
    long lastProgress = System.nanoTime();
    while (seen < expected) {
      Thread.sleep(POLL.toMillis());
      long now = arrived.getAsLong();
      long at = System.nanoTime();
      for (long i = seen; i < now; i++) {
        arrivedAt.accept(at);
      }
      if (now > seen) {
        lastProgress = at;
      }
      seen = now;
      assertThat(Duration.ofNanos(at - lastProgress)).as("%d of %d arrived, then nothing", seen, expected).isLessThan(STALL);
    }
    assertThat(seen).isEqualTo(expected);
  }

  /** The run's figures, per operation: one operation is what {@code unit} says (e.g. one organisation's lifecycle). */
  synchronized Measurement result(String workload, String unit, int operations) {
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Measurement(workload, unit, operations, wallNanos / 1e9, operations / (wallNanos / 1e9),
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), (double) statements / operations,
        cpuNanos / 1e6 / operations, liveHeapMegabytes(), sql.takeLargestTransaction());
  }

  private static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  /**
   * The heap in use after a full collection once the run is done: what the application keeps, as opposed to the
   * garbage a run makes. Flat across workload sizes means memory does not grow with the number of organisations.
   */
  private static double liveHeapMegabytes() {
    System.gc();
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getUsed() / (1024.0 * 1024.0);
  }
}
