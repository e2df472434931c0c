package cn.org.cast.volunteer.plan;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On creating a plan task: copies the organisation's name and the campaign onto the task itself.
 * Tasklist shows a filter's variables on each task in the list, but a submitter or reviewer may read
 * only the task, not the whole process instance; task variables are what they can see.
 */
@Component
public class PlanTaskLabelsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(PlanProcess.HOST_ORGANIZATION, task.getVariable(PlanProcess.HOST_ORGANIZATION));
    task.setVariableLocal(PlanProcess.CAMPAIGN_ID, task.getVariable(PlanProcess.CAMPAIGN_ID));
  }
}
