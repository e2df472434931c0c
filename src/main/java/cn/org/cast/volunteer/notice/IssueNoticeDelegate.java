package cn.org.cast.volunteer.notice;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormValues;

/** 印发通知: fixes the recipients and hands them on in batches (分批通知并收集方案). */
@Component
public class IssueNoticeDelegate implements JavaDelegate {

  private final NoticeService noticeService;

  public IssueNoticeDelegate(NoticeService noticeService) {
    this.noticeService = noticeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues startForm = FormValues.of(execution.getVariables());
    List<List<String>> batches = noticeService.issue(startForm.text(CampaignProcess.CAMPAIGN_ID),
        RecipientScope.valueOf(startForm.text(CampaignProcess.RECIPIENT_SCOPE)),
        startForm.strings(CampaignProcess.RECIPIENT_CODES));
    execution.setVariable(CampaignProcess.RECIPIENT_COUNT, batches.stream().mapToInt(List::size).sum());
    // Transient: read once, in this transaction, when the batches' executions are created; never stored.
    execution.setVariable(CampaignProcess.RECIPIENT_BATCHES, Variables.objectValue(batches, true).create());
  }
}
