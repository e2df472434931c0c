package cn.org.cast.volunteer.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;

/** What the benchmarks ask the engine and the database between and after their measurements. */
final class EngineProbe {

  /** How Camunda words an optimistic-locking conflict in a failed job's message. */
  private static final String CONFLICT = "was updated by another transaction concurrently";

  private final ProcessEngine engine;
  private final DataSource dataSource;

  EngineProbe(ProcessEngine engine, DataSource dataSource) {
    this.engine = engine;
    this.dataSource = dataSource;
  }

  /** Job runs that failed and were tried again, and how many of those lost an optimistic-locking conflict, by activity. */
  record JobFailures(long failed, Map<String, Long> conflicts) {}

  JobFailures jobFailures() {
    var failures = engine.getHistoryService().createHistoricJobLogQuery().failureLog().list();
    return new JobFailures(failures.size(), failures.stream()
        .filter(failure -> failure.getJobExceptionMessage() != null && failure.getJobExceptionMessage().contains(CONFLICT))
        .collect(Collectors.groupingBy(failure -> String.valueOf(failure.getActivityId()), TreeMap::new,
            Collectors.counting())));
  }

  /**
   * For a measurement's text: job runs failed since {@code before}, the conflicts among them with the activities whose
   * jobs lost them, and open incidents.
   */
  String jobFailuresSince(JobFailures before) {
    JobFailures now = jobFailures();
    Map<String, Long> conflicts = new TreeMap<>(now.conflicts());
    before.conflicts().forEach((activity, count) -> conflicts.merge(activity, -count, Long::sum));
    conflicts.values().removeIf(count -> count == 0);
    long total = conflicts.values().stream().mapToLong(Long::longValue).sum();
    String where = conflicts.entrySet().stream().map(each -> each.getKey() + " " + each.getValue())
        .collect(Collectors.joining(", "));
    return String.format("; failed job runs %d (optimistic locking %d%s), incidents %d", now.failed() - before.failed(),
        total, where.isEmpty() ? "" : ": " + where, engine.getRuntimeService().createIncidentQuery().count());
  }

  /** A measured campaign would fire its timers during the next measurement: ended, with what it called. */
  void endCampaign(String campaignId) {
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaignId)
        .singleResult().getId();
    engine.getRuntimeService().deleteProcessInstance(instanceId, "benchmark measured", true, true);
  }

  /**
   * The count, with the planner's statistics brought up to date every {@code interval} while it is polled: autovacuum
   * analyzes tables as they grow (every tenth of their rows changed), and without it the planner would go on planning
   * a hundred thousand variables and executions with the counts of an empty campaign.
   */
  LongSupplier analysingEvery(Duration interval, LongSupplier count) {
    long[] analysedAt = {System.nanoTime()};
    return () -> {
      if (System.nanoTime() - analysedAt[0] > interval.toNanos()) {
        try {
          analyse();
        } catch (SQLException failed) {
          throw new IllegalStateException(failed);
        }
        analysedAt[0] = System.nanoTime();
      }
      return count.getAsLong();
    };
  }

  /**
   * PostgreSQL's planner statistics brought up to date, as autovacuum keeps them in production; a database
   * where it is off would plan today's large tables with yesterday's small counts.
   */
  void analyse() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        try (Statement statement = connection.createStatement()) {
          statement.execute("ANALYZE");
        }
      }
    }
  }
}
