package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

class ModelExpressionsTest {

  @Test
  void findsTheBeansOfDelegatesListenersAndMethodCallsButNotTheEnginesOwnVariables() {
    BpmnModelInstance model = Bpmn.createExecutableProcess("sample")
        .startEvent()
        .serviceTask().camundaDelegateExpression("${issueNoticeDelegate}")
        .userTask().camundaCandidateGroups("${orgCode}")
        .camundaTaskListenerDelegateExpression("create", "${venueTaskNamed}")
        .camundaDueDate("${deadlines.followUp(planDueAt)}")
        .exclusiveGateway()
        .condition("撤回", "${execution.getVariable('submissionAction') == 'WITHDRAW'}")
        .endEvent()
        .done();

    assertThat(ModelExpressions.of(model).beanNames())
        .containsExactlyInAnyOrder("issueNoticeDelegate", "venueTaskNamed", "deadlines");
  }
}
