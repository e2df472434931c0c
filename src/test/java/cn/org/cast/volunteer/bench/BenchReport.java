package cn.org.cast.volunteer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * The benchmark's table: printed, and written to {@code target/bench/results-<suite>-<database>.csv} and {@code .md},
 * with the ratios the targets are about (W2/W1 and W1/W0 in CPU time and SQL statements per operation).
 */
final class BenchReport {

  private final String suite;
  private final String database;
  private final List<Measurement> rows = new ArrayList<>();

  private BenchReport(String suite, String database) {
    this.suite = suite;
    this.database = database;
  }

  /** The suite names the files, so the lifecycle and the scale benchmarks do not overwrite each other's. */
  static BenchReport on(DataSource dataSource, String suite) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return new BenchReport(suite, connection.getMetaData().getDatabaseProductName().toLowerCase());
    }
  }

  void add(Measurement row) {
    rows.add(row);
  }

  Optional<Measurement> row(String workload) {
    return rows.stream().filter(row -> row.workload().equals(workload)).findFirst();
  }

  /** Where one workload's statements went, per operation: target/bench/sql-<database>-<workload>.txt. */
  void writeBreakdown(String workload, List<Map.Entry<String, Long>> counts, int operations) throws IOException {
    StringBuilder text = new StringBuilder();
    counts.forEach(count -> text.append(String.format(Locale.ROOT, "%8.2f  %s%n", (double) count.getValue() / operations,
        count.getKey())));
    Path directory = Files.createDirectories(Path.of("target", "bench"));
    Files.writeString(directory.resolve("sql-" + database + "-" + workload + ".txt"), text, StandardCharsets.UTF_8);
  }

  void write() throws IOException {
    Path directory = Path.of("target", "bench");
    Files.createDirectories(directory);
    StringBuilder csv = new StringBuilder(Measurement.CSV_HEADER).append('\n');
    rows.forEach(row -> csv.append(row.csv()).append('\n'));
    Files.writeString(directory.resolve("results-" + suite + "-" + database + ".csv"), csv, StandardCharsets.UTF_8);
    String table = table();
    Files.writeString(directory.resolve("results-" + suite + "-" + database + ".md"), table, StandardCharsets.UTF_8);
    System.out.println(table);
  }

  private String table() {
    StringBuilder table = new StringBuilder("Database: " + database + ", " + Runtime.getRuntime().availableProcessors()
        + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n\n");
    table.append("| workload | operation | ops | s | ops/s | p50 ms | p95 ms | p99 ms | SQL/op | CPU ms/op | live heap MB | largest tx |\n");
    table.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Measurement row : rows) {
      table.append("| ").append(String.join(" | ", row.workload(), row.unit(), Integer.toString(row.operations()),
          Measurement.format(row.seconds()), Measurement.format(row.throughput()), Measurement.format(row.p50()),
          Measurement.format(row.p95()), Measurement.format(row.p99()), Measurement.format(row.sqlPerOperation()),
          Measurement.format(row.cpuMillisPerOperation()), Measurement.format(row.liveHeapMb()),
          Long.toString((long) row.largestTransaction()))).append(" |\n");
    }
    ratio(table, "W2", "W1");
    ratio(table, "W1", "W0");
    return table.toString();
  }

  private void ratio(StringBuilder table, String over, String under) {
    Optional<Measurement> top = row(over);
    Optional<Measurement> bottom = row(under);
    if (top.isPresent() && bottom.isPresent()) {
      table.append("\n").append(over).append(" / ").append(under).append(": CPU ")
          .append(String.format("%.2f", top.get().cpuMillisPerOperation() / bottom.get().cpuMillisPerOperation()))
          .append(", SQL ").append(String.format("%.2f", top.get().sqlPerOperation() / bottom.get().sqlPerOperation()));
    }
    table.append('\n');
  }
}
