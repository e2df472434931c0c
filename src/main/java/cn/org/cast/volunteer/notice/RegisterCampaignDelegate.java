package cn.org.cast.volunteer.notice;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.CurrentUser;

/** 登记活动: validates the start form, records the campaign, and keys the instance by the campaign id. */
@Component
public class RegisterCampaignDelegate implements JavaDelegate {

  private final CampaignService campaignService;
  private final CurrentUser currentUser;

  public RegisterCampaignDelegate(CampaignService campaignService, CurrentUser currentUser) {
    this.campaignService = campaignService;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Campaign campaign = campaignService.register(FormValues.of(execution.getVariables()),
        execution.getProcessInstanceId(), currentUser.id());
    execution.setProcessBusinessKey(campaign.id());
    execution.setVariable(CampaignProcess.PLAN_DUE_AT, CampaignService.planDueAt(campaign));
  }
}
