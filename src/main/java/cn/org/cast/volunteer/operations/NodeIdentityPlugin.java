package cn.org.cast.volunteer.operations;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.stereotype.Component;

/**
 * Names the job executor's locks after the node that holds them ({@code <hostname>/<random>}), so that
 * in a cluster a job's lock in ACT_RU_JOB tells which node is working on it, or which one died holding
 * it. The random part keeps two nodes apart even if they were given the same host name.
 */
@Component
class NodeIdentityPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    JobExecutor jobExecutor = configuration.getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.setLockOwner(lockOwner(configuration.getHostname()));
    }
  }

  static String lockOwner(String hostname) {
    return hostname + "/" + UUID.randomUUID().toString().substring(0, 8);
  }
}
