package cn.org.cast.volunteer.notice;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 登记并通知本批单位: one batch's plans opened and notices queued, before its plans start. */
@Component
public class OpenNoticeBatchDelegate implements JavaDelegate {

  private final NoticeService noticeService;

  public OpenNoticeBatchDelegate(NoticeService noticeService) {
    this.noticeService = noticeService;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    // Only the two variables it needs: reading them all would deserialise the whole campaign's, once per batch.
    noticeService.openBatch((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID), execution.getProcessInstanceId(),
        (List<String>) execution.getVariable(CampaignProcess.RECIPIENT_BATCH));
  }
}
