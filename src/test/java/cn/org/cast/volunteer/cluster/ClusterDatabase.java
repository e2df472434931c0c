package cn.org.cast.volunteer.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The cluster's database as the tests see it: counts that tell what was done and how often, and the
 * timers' due dates moved to now. A connection per call, so that it outlives a database restart.
 */
final class ClusterDatabase {

  private final String url = LocalCluster.POSTGRES + LocalCluster.DATABASE;

  long count(String sql, Object... parameters) {
    return Long.parseLong(strings(sql, parameters).get(0));
  }

  int update(String sql, Object... parameters) {
    try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  List<String> strings(String sql, Object... parameters) {
    try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
         ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Makes the timers of one boundary event due now, as if their moment had come. */
  int timersDueNow(String activityId) {
    return update("UPDATE act_ru_job SET duedate_ = now() - INTERVAL '1 second' WHERE type_ = 'timer' AND handler_cfg_ = ?",
        activityId);
  }

  long timersLeft(String activityId) {
    return count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'timer' AND handler_cfg_ = ?", activityId);
  }

  /** How many times an activity ran, in all, and in the instance where it ran most. */
  long executions(String activityId) {
    return count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = ?", activityId);
  }

  long mostExecutionsInOneInstance(String activityId) {
    return count("""
        SELECT COALESCE(MAX(n), 0) FROM (SELECT COUNT(*) AS n FROM act_hi_actinst WHERE act_id_ = ?
         GROUP BY proc_inst_id_) per_instance""", activityId);
  }

  /** Jobs that can no longer run by themselves: retries used up or an incident open. */
  long stuckJobs() {
    return count("SELECT COUNT(*) FROM act_ru_job WHERE retries_ <= 0")
        + count("SELECT COUNT(*) FROM act_ru_incident");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "postgres", "");
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
