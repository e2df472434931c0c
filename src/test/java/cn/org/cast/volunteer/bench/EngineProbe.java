package cn.org.cast.volunteer.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;

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

  /** Job runs that failed and were tried again, and how many of those lost an optimistic-locking conflict. */
  record JobFailures(long failed, long conflicts) {}

  JobFailures jobFailures() {
    var failures = engine.getHistoryService().createHistoricJobLogQuery().failureLog().list();
    return new JobFailures(failures.size(), failures.stream().map(HistoricJobLog::getJobExceptionMessage)
        .filter(message -> message != null && message.contains(CONFLICT)).count());
  }

  /** For a measurement's text: job runs failed since {@code before}, the conflicts among them, and open incidents. */
  String jobFailuresSince(JobFailures before) {
    JobFailures now = jobFailures();
    return String.format("; failed job runs %d (optimistic locking %d), incidents %d", now.failed() - before.failed(),
        now.conflicts() - before.conflicts(), engine.getRuntimeService().createIncidentQuery().count());
  }

  /** A measured campaign would fire its timers during the next measurement: ended, with what it called. */
  void endCampaign(String campaignId) {
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaignId)
        .singleResult().getId();
    engine.getRuntimeService().deleteProcessInstance(instanceId, "benchmark measured", true, true);
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
