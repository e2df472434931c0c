package cn.org.cast.volunteer.audit;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.CampaignProcess;

/**
 * Puts every process start and every task completion of every model on the audit log, with the person
 * who did it and the campaign it belongs to, without a listener in each model.
 */
@Component
class AuditEnginePlugin extends AbstractProcessEnginePlugin {

  private final ExecutionListener processStarted;
  private final TaskListener taskCompleted;

  AuditEnginePlugin(AuditLog audit) {
    this.processStarted = (DelegateExecution execution) -> {
      String campaignId = (String) execution.getVariable(CampaignProcess.CAMPAIGN_ID);
      // A campaign takes its id as business key only once registered, just after this start.
      String key = execution.getProcessBusinessKey() == null ? campaignId : execution.getProcessBusinessKey();
      audit.record(actor(), AuditAction.PROCESS_STARTED, campaignId,
          execution.getProcessDefinitionId().split(":")[0] + " " + key, null);
    };
    this.taskCompleted = (DelegateTask task) -> audit.record(actor(), AuditAction.TASK_COMPLETED,
        (String) task.getVariable(CampaignProcess.CAMPAIGN_ID), task.getName(),
        task.getTaskDefinitionKey() + " " + task.getExecution().getProcessBusinessKey());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
        if (scope instanceof ProcessDefinitionEntity) {
          startEvent.addListener(ExecutionListener.EVENTNAME_START, processStarted);
        }
      }

      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addTaskListener(TaskListener.EVENTNAME_COMPLETE, taskCompleted);
      }
    });
  }

  private static String actor() {
    return Context.getCommandContext().getAuthenticatedUserId();
  }
}
