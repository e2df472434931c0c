package cn.org.cast.volunteer.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * One workload's figures: throughput in operations per second, latency percentiles of the single requests
 * and jobs in milliseconds, SQL statements and CPU milliseconds per operation, heap in use after the run in MB, and the most
 * statements one transaction held.
 */
record Measurement(String workload, String unit, int operations, double seconds, double throughput,
    double p50, double p95, double p99, double sqlPerOperation, double cpuMillisPerOperation, double liveHeapMb,
    double largestTransaction) {

  static final String CSV_HEADER = "workload,unit,operations,seconds,throughput_per_s,p50_ms,p95_ms,p99_ms,"
      + "sql_per_op,cpu_ms_per_op,live_heap_mb,largest_transaction";

  /** Each figure the median of the runs': the runs of one workload, measured one after the other. */
  static Measurement median(List<Measurement> runs) {
    Measurement first = runs.get(0);
    return new Measurement(first.workload, first.unit, first.operations, median(runs, Measurement::seconds),
        median(runs, Measurement::throughput), median(runs, Measurement::p50), median(runs, Measurement::p95),
        median(runs, Measurement::p99), median(runs, Measurement::sqlPerOperation),
        median(runs, Measurement::cpuMillisPerOperation), median(runs, Measurement::liveHeapMb),
        median(runs, Measurement::largestTransaction));
  }

  private static double median(List<Measurement> runs, ToDoubleFunction<Measurement> figure) {
    double[] sorted = runs.stream().mapToDouble(figure).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  String csv() {
    return String.join(",", workload, "\"" + unit + "\"", Integer.toString(operations), format(seconds),
        format(throughput), format(p50), format(p95), format(p99), format(sqlPerOperation),
        format(cpuMillisPerOperation), format(liveHeapMb), format(largestTransaction));
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
