package cn.org.cast.volunteer.notice;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormRules;

/** On completing 催报未提交单位: checks the form; the task's id names the reminders it sends. */
@Component
public class RemindUnsubmittedListener implements TaskListener {

  private final FormRules formRules;

  public RemindUnsubmittedListener(FormRules formRules) {
    this.formRules = formRules;
  }

  @Override
  public void notify(DelegateTask task) {
    formRules.enforce(CampaignProcess.REMIND_FORM, task.getVariables());
    task.setVariable(CampaignProcess.MANUAL_REMINDER_ID, task.getId());
  }
}
