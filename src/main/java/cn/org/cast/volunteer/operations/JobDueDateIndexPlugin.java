package cn.org.cast.volunteer.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An index on the jobs' due dates, made once the engine has created its tables. The job executor asks for due jobs
 * ({@code DUEDATE_ is null or DUEDATE_ <= now}) every time it looks for work, and Camunda indexes no due date: with a
 * campaign's tens of thousands of future reminder timers in ACT_RU_JOB, every look was a scan of all of them
 * (docs/performance.md, W3). Engine upgrades leave the index alone; see docs/operations.md.
 */
@Component
class JobDueDateIndexPlugin extends AbstractProcessEnginePlugin {

  static final String INDEX = "CAST_IDX_JOB_DUEDATE";
  private static final Logger LOG = LoggerFactory.getLogger(JobDueDateIndexPlugin.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE INDEX IF NOT EXISTS " + INDEX + " ON " + configuration.getDatabaseTablePrefix()
          + "ACT_RU_JOB (DUEDATE_)");
    } catch (SQLException otherNodeMadeItFirst) {
      // Two nodes of a cluster starting at once: one creates it, the other may be refused meanwhile.
      LOG.warn("作业到期时间索引 {} 未能创建（集群中另一节点可能正在创建）：{}", INDEX, otherNodeMadeItFirst.getMessage());
    }
  }
}
