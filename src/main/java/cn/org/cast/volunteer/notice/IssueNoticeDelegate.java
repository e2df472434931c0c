package cn.org.cast.volunteer.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormValues;

/** 印发通知: builds the recipient roster and queues one notice per recipient. */
@Component
public class IssueNoticeDelegate implements JavaDelegate {

  private final NoticeService noticeService;

  public IssueNoticeDelegate(NoticeService noticeService) {
    this.noticeService = noticeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues startForm = FormValues.of(execution.getVariables());
    int recipients = noticeService.issue(startForm.text(CampaignProcess.CAMPAIGN_ID), execution.getProcessInstanceId(),
        RecipientScope.valueOf(startForm.text(CampaignProcess.RECIPIENT_SCOPE)),
        startForm.strings(CampaignProcess.RECIPIENT_CODES));
    execution.setVariable(CampaignProcess.RECIPIENT_COUNT, recipients);
  }
}
