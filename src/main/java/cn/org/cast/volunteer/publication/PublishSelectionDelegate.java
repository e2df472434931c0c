package cn.org.cast.volunteer.publication;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.CampaignProcess;

/** 公布遴选结果: every organisation told its outcomes, once; the lists open to all signed-in users. */
@Component("publishSelectionDelegate")
public class PublishSelectionDelegate implements JavaDelegate {

  private final PublicationService publication;

  public PublishSelectionDelegate(PublicationService publication) {
    this.publication = publication;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int told = publication.publish((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID),
        execution.getProcessInstanceId());
    execution.setVariable(PublicationProcess.ORGANIZATIONS_NOTIFIED, told);
  }
}
