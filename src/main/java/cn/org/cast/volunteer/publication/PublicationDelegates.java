package cn.org.cast.volunteer.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.notice.CampaignProcess;

/**
 * The step of publication, named after its element. The second name is that of models deployed before this
 * version, whose instances still run.
 */
@Configuration
class PublicationDelegates {

  /** 公布遴选结果: every organisation told its outcomes, once; the lists open to all signed-in users. */
  @Bean({"publishSelection", "publishSelectionDelegate"})
  JavaDelegate publishSelection(PublicationService publication) {
    return (DelegateExecution execution) -> execution.setVariable(PublicationProcess.ORGANIZATIONS_NOTIFIED,
        publication.publish((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID),
            execution.getProcessInstanceId()));
  }
}
