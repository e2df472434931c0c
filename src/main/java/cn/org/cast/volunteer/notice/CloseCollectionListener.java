package cn.org.cast.volunteer.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.CurrentUser;

/** On completing 提前结束方案征集: checks the form on the server and records who closed and why. */
@Component
public class CloseCollectionListener implements TaskListener {

  private final CloseCollectionValidator validator;
  private final CampaignRepository campaigns;
  private final CurrentUser currentUser;

  public CloseCollectionListener(CloseCollectionValidator validator, CampaignRepository campaigns,
      CurrentUser currentUser) {
    this.validator = validator;
    this.campaigns = campaigns;
    this.currentUser = currentUser;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = FormValues.of(task.getVariables());
    validator.enforce(values);
    campaigns.markCollectionClosedEarly(values.text(CampaignProcess.CAMPAIGN_ID), currentUser.id(),
        values.text(CampaignProcess.CLOSE_REASON));
  }
}
