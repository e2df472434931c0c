package cn.org.cast.volunteer.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.CurrentUser;

/** On completing 提前结束方案征集: checks the form on the server and records who closed and why. */
@Component
public class CloseCollectionListener implements TaskListener {

  private final FormRules formRules;
  private final CampaignRepository campaigns;
  private final CurrentUser currentUser;

  public CloseCollectionListener(FormRules formRules, CampaignRepository campaigns,
      CurrentUser currentUser) {
    this.formRules = formRules;
    this.campaigns = campaigns;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = FormValues.of(task.getVariables());
    formRules.enforce(CampaignProcess.CLOSE_FORM, values.asMap());
    campaigns.markCollectionClosedEarly(values.text(CampaignProcess.CAMPAIGN_ID), currentUser.id(),
        values.text(CampaignProcess.CLOSE_REASON));
  }
}
