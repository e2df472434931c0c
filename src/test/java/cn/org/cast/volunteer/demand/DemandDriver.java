package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.team.ServiceField;

/** Enters and triages demands as the demo accounts do in Tasklist: the start form, then the triage form. */
record DemandDriver(ProcessEngine engine, EngineDriver driver) {

  static Map<String, Object> demand(String title, String region) {
    return DemandForms.demand(title, SubmitterKind.ENTERPRISE, "测试科技有限公司", region, TechField.NEW_MATERIALS,
        ServiceField.TECHNOLOGY_BREAKTHROUGH, true);
  }

  ProcessInstance enter(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  void triage(String user, ProcessInstance instance, TriageDecision decision, String mergeInto, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(TRIAGE_DECISION, decision.name());
    form.put(MERGE_INTO, mergeInto);
    form.put(DECLINE_REASON, reason);
    Task task = driver.task(instance);
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  long demandId(ProcessInstance instance) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(DEMAND_ID).singleResult().getValue();
  }

  ProcessInstance instanceOf(String code) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(code).singleResult();
  }
}
