package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.venue.LinkupProcess;

/** The models and forms as the app deploys them: every formRef resolves, every diagram can be drawn. */
@AppTest
class DeployedModelsTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void theProcessesAreDeployedWithTheirDiagrams() {
    for (String key : List.of(CampaignProcess.KEY, PlanProcess.KEY, LinkupProcess.KEY)) {
      ProcessDefinition definition = latest(key);
      assertThat(definition).as(key).isNotNull();
      assertThat(definition.getHistoryTimeToLive()).as(key).isPositive();
      assertThat(model(definition).getModelElementsByType(BpmnDiagram.class)).as(key).isNotEmpty();
    }
  }

  @Test
  void everyFormRefResolvesToAFormOfTheSameDeployment() {
    for (String key : List.of(CampaignProcess.KEY, PlanProcess.KEY, LinkupProcess.KEY)) {
      ProcessDefinition definition = latest(key);
      Map<String, String> formsById = deployedFormIds(definition.getDeploymentId());
      BpmnModelInstance model = model(definition);
      List<String> refs = Stream.concat(
              model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
              model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
          .filter(ref -> ref != null).toList();
      assertThat(refs).as(key).isNotEmpty();
      assertThat(formsById).as(key).containsKeys(refs.toArray(String[]::new));
    }
  }

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private BpmnModelInstance model(ProcessDefinition definition) {
    return repositoryService.getBpmnModelInstance(definition.getId());
  }

  private Map<String, String> deployedFormIds(String deploymentId) {
    Map<String, String> ids = new HashMap<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        ids.put(FormContract.read(repositoryService.getResourceAsStream(deploymentId, resource)).formId(), resource);
      }
    }
    return ids;
  }
}
