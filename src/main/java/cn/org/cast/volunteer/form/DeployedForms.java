package cn.org.cast.volunteer.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms as the engine deployed them, by id. A process checks its steps against the forms of its
 * own deployment ({@code formRefBinding="deployment"}), so an instance of an older model finishes with the
 * rules it started with. Deployments never change, so each is read once.
 */
@Component
class DeployedForms {

  private final RepositoryService repositoryService;
  private final EngineUser engineAs;
  private final Map<String, Map<String, FormSchema>> byDeployment = new ConcurrentHashMap<>();

  DeployedForms(RepositoryService repositoryService, EngineUser engineAs) {
    this.repositoryService = repositoryService;
    this.engineAs = engineAs;
  }

  /** The form deployed with the process running this step, or outside a process the newest form with this id. */
  public FormSchema current(String formId) {
    BpmnExecutionContext running = Context.getBpmnExecutionContext();
    if (running != null && running.getExecution() != null) {
      FormSchema form = inDeployment(running.getExecution().getProcessDefinition().getDeploymentId()).get(formId);
      if (form != null) {
        return form;
      }
    }
    return engineAs.call(null, () -> repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list()
        .stream().map(Deployment::getId).map(this::inDeployment).filter(forms -> forms.containsKey(formId))
        .findFirst().map(forms -> forms.get(formId))
        .orElseThrow(() -> new IllegalStateException("no deployed form " + formId)));
  }

  private Map<String, FormSchema> inDeployment(String deploymentId) {
    return byDeployment.computeIfAbsent(deploymentId, id -> engineAs.call(null, () -> {
      Map<String, FormSchema> forms = new LinkedHashMap<>();
      for (Resource resource : repositoryService.getDeploymentResources(id)) {
        if (resource.getName().endsWith(".form")) {
          FormSchema form = FormSchema.read(repositoryService.getResourceAsStream(id, resource.getName()));
          forms.put(form.formId(), form);
        }
      }
      return Map.copyOf(forms);
    }));
  }
}
