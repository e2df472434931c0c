package cn.org.cast.volunteer.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;

/** What keeps the job executor's look for due jobs cheap with a national campaign's timers in the job table. */
@AppTest
class JobAcquisitionAtScaleTest {

  @Autowired
  DataSource dataSource;

  @Test
  void theJobsDueDateIsIndexed() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData metaData = connection.getMetaData();
      String table = metaData.storesLowerCaseIdentifiers() ? "act_ru_job" : "ACT_RU_JOB";
      List<String> dueDateIndexes = new ArrayList<>();
      try (ResultSet indexes = metaData.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if ("DUEDATE_".equalsIgnoreCase(indexes.getString("COLUMN_NAME"))) {
            dueDateIndexes.add(indexes.getString("INDEX_NAME").toUpperCase());
          }
        }
      }
      assertThat(dueDateIndexes).containsExactly(JobDueDateIndexPlugin.INDEX);
    }
  }

  @Test
  void postgresCompilesNoQueryJustInTime() throws Exception {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"), "PostgreSQL only (-Ppostgres)");
      try (ResultSet jit = statement.executeQuery("SHOW jit")) {
        jit.next();
        assertThat(jit.getString(1)).isEqualTo("off");
      }
    }
  }
}
