package cn.org.cast.volunteer.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.CallActivityBuilder;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.springframework.core.io.ClassPathResource;

import cn.org.cast.volunteer.plan.PlanProcess;

/**
 * The engine-only models the real plan lifecycle is compared with. W0: the same two wait states and nothing
 * else. W1: the real {@code preparationPlan} model with everything of ours taken out (delegates, task
 * listeners, forms, our timer expressions), called from a campaign twin as the real campaign calls it, so
 * the topology, timers, gateways, call activity and variables are the engine's cost alone.
 */
final class BenchModels {

  static final String BARE = "benchBare";
  static final String TWIN_PLAN = "benchPlanTwin";
  static final String TWIN_CAMPAIGN = "benchCampaignTwin";
  static final String TWIN_BATCH = "benchBatchTwin";
  static final String ORG_CODES = "orgCodes";
  static final String BATCH = "recipientBatch";
  static final String FIRST_TASK = "first";
  static final String SECOND_TASK = "second";

  private BenchModels() {
  }

  static BpmnModelInstance bare() {
    return Bpmn.createExecutableProcess(BARE).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask(FIRST_TASK).camundaCandidateGroups("${" + PlanProcess.ORG_CODE + "}")
        .userTask(SECOND_TASK).camundaCandidateGroups("reviewers")
        .endEvent()
        .done();
  }

  static BpmnModelInstance planTwin() throws IOException {
    BpmnModelInstance model;
    try (InputStream real = new ClassPathResource("processes/preparation-plan.bpmn").getInputStream()) {
      model = Bpmn.readModelFromStream(real);
    }
    model.getModelElementsByType(Process.class).iterator().next().setId(TWIN_PLAN);
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression");
      task.setCamundaExpression("${null}");
    }
    String deadline = "${" + PlanProcess.PLAN_DUE_AT + "}";
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      task.setCamundaDueDate(deadline);
      task.setCamundaFollowUpDate(deadline);
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRef");
      task.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, "formRefBinding");
      if (task.getExtensionElements() != null) {
        List<CamundaTaskListener> listeners = task.getExtensionElements().getElementsQuery()
            .filterByType(CamundaTaskListener.class).list();
        listeners.forEach(listener -> task.getExtensionElements().removeChildElement(listener));
      }
    }
    // Our deadline rules (working days, holidays) are ours; the twin's timers and tasks use the deadline itself.
    model.getModelElementsByType(TimeDate.class).forEach(time -> time.setTextContent(deadline));
    return model;
  }

  /**
   * The real campaign's fan-out: the organisations in batches, each batch a twin of the notice-batch process
   * started in a job, each of its plans started in a job of its own and carrying the variables a real plan has
   * at its first task (those our delegate adds there come in from the campaign). {@code ORG_CODES} holds the
   * batches. Deploy it with {@link #batchTwin}.
   */
  static BpmnModelInstance campaignTwin(Collection<String> planVariables) {
    // The real campaign issues its notice in a job, and that job creates the batches' executions and jobs.
    CallActivityBuilder batches = Bpmn.createExecutableProcess(TWIN_CAMPAIGN).camundaHistoryTimeToLive(1)
        .startEvent().camundaAsyncAfter()
        .callActivity("noticeBatches").calledElement(TWIN_BATCH)
        .camundaInBusinessKey("${" + PlanProcess.CAMPAIGN_ID + "}/batch-${loopCounter + 1}")
        .camundaIn(BATCH, BATCH);
    return fanOut(batches, planVariables, ORG_CODES, BATCH);
  }

  /** One batch: a plan per organisation, each started in a job of its own. */
  static BpmnModelInstance batchTwin(Collection<String> planVariables) {
    CallActivityBuilder plans = Bpmn.createExecutableProcess(TWIN_BATCH).camundaHistoryTimeToLive(1)
        .startEvent()
        .callActivity("collectPlans").calledElement(TWIN_PLAN)
        .camundaInBusinessKey("${" + PlanProcess.CAMPAIGN_ID + "}/${" + PlanProcess.ORG_CODE + "}");
    return fanOut(plans, planVariables, BATCH, PlanProcess.ORG_CODE);
  }

  /** The call activity as a parallel multi-instance over a collection, each instance in a non-exclusive job. */
  private static BpmnModelInstance fanOut(CallActivityBuilder call, Collection<String> variables, String collection,
      String element) {
    for (String variable : variables) {
      call = call.camundaIn(variable, variable);
    }
    call.multiInstance().parallel().camundaCollection("${" + collection + "}").camundaElementVariable(element)
        .camundaAsyncBefore().multiInstanceDone();
    BpmnModelInstance model = call.endEvent().done();
    // As in the real models, the starts are not exclusive (the builder cannot say so).
    model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)
        .forEach(loop -> loop.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "exclusive", "false"));
    return model;
  }
}
