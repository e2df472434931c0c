package cn.org.cast.volunteer.form;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * Checks a form submission that arrives over REST before the engine sees it: the task must still be
 * open, the variables must be those the form declares, and the values must pass the form's rules.
 * The engine's own listeners run the same validators again, for every other way in.
 */
@Service
class FormSubmissionGuard {

  private final FormRules formRules;
  private final List<SubmissionRule> rules;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final FormService formService;
  private final RepositoryService repositoryService;
  private final EngineUser engineAs;
  /** Each form's contract by where it is used: a start event's definition id, or definition id # task key. */
  private final Map<String, Optional<FormSchema>> deployedForms = new ConcurrentHashMap<>();

  FormSubmissionGuard(FormRules formRules, List<SubmissionRule> rules, TaskService taskService,
      HistoryService historyService, FormService formService, RepositoryService repositoryService, EngineUser engineAs) {
    this.formRules = formRules;
    this.rules = rules;
    this.taskService = taskService;
    this.historyService = historyService;
    this.formService = formService;
    this.repositoryService = repositoryService;
    this.engineAs = engineAs;
  }

  /** Rejections carry the HTTP status a client gets and a Chinese message. */
  public static class Rejection extends RuntimeException {
    private final int status;
    private final transient List<FieldViolation> violations;

    Rejection(int status, String message, List<FieldViolation> violations) {
      super(message);
      this.status = status;
      this.violations = violations;
    }

    public int status() {
      return status;
    }

    public List<FieldViolation> violations() {
      return violations;
    }
  }

  /**
   * Checks as the given user sees things: a task the user may not read is "not found", whatever its
   * form would say, so that nobody learns about another organisation's task from its validation.
   */
  public void checkTaskSubmission(String userId, String taskId, Map<String, Object> submitted) {
    Task task = engineAs.call(userId, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      // Whoever completed it, a finished task cannot be completed again: say so, not "not found".
      throw alreadyCompleted(taskId).orElseGet(() -> new Rejection(404, "任务不存在或您无权办理该任务。", List.of()));
    }
    engineAs.call(userId, () -> {
      deployedForm(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
          () -> formService.getDeployedTaskForm(taskId)).ifPresent(form ->
          check(form, FormValues.of(taskService.getVariables(taskId)), submitted, task.getProcessInstanceId()));
      return null;
    });
  }

  /**
   * The answer for a submission of a task that is finished: also the answer when a submission failed
   * because another one (from another node of the cluster) completed the task a moment earlier.
   */
  public Optional<Rejection> alreadyCompleted(String taskId) {
    boolean done = engineAs.call(null,
        () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0);
    return done ? Optional.of(new Rejection(409, "该任务已经办理完成，不能重复提交。请刷新任务列表。", List.of())) : Optional.empty();
  }

  /** Only someone who may start the process learns anything from its start form's rules. */
  public void checkStartSubmission(String userId, ProcessDefinition definition, Map<String, Object> submitted) {
    if (!engineAs.mayStart(userId, definition.getKey())) {
      throw new Rejection(403, "您无权发起该流程。", List.of());
    }
    engineAs.call(null, () -> {
      deployedForm(definition.getId(), () -> formService.getDeployedStartForm(definition.getId())).ifPresent(form ->
          check(form, FormValues.of(Map.of()), submitted, null));
      return null;
    });
  }

  /**
   * The form of a start event or task, read once per process definition: every form is bound to its
   * model's deployment ({@code formRefBinding="deployment"}), so it never changes under a definition.
   * Empty where there is no Camunda Form (the engine says so with a bad-request error).
   */
  private Optional<FormSchema> deployedForm(String formPlace, Supplier<InputStream> form) {
    return deployedForms.computeIfAbsent(formPlace, place -> {
      try {
        return Optional.of(FormSchema.read(form.get()));
      } catch (BadUserRequestException noCamundaForm) {
        return Optional.empty();
      }
    });
  }

  public ProcessDefinition latestDefinition(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  public ProcessDefinition definition(String id) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
  }

  private void check(FormSchema form, FormValues current, Map<String, Object> submitted, String processInstanceId) {
    FormContract contract = form.contract();
    Set<String> unknown = new TreeSet<>(submitted.keySet());
    unknown.removeAll(contract.submittableVariables());
    if (!unknown.isEmpty()) {
      throw new Rejection(400, "提交的数据包含表单中没有的字段：" + String.join("、", unknown) + "。请通过任务表单提交。",
          unknown.stream().map(name -> new FieldViolation(name, "表单中没有此字段")).toList());
    }
    List<FieldViolation> mistyped = submitted.entrySet().stream()
        .filter(entry -> !contract.fields().get(entry.getKey()).accepts(entry.getValue()))
        .map(entry -> new FieldViolation(entry.getKey(),
            "“" + entry.getKey() + "”的值类型不正确，应为" + contract.fields().get(entry.getKey()).label()))
        .toList();
    if (!mistyped.isEmpty()) {
      throw new Rejection(400, SubmissionRejectedException.summary(mistyped), mistyped);
    }
    FormValues values = current.overlay(submitted);
    List<FieldViolation> violations = new ArrayList<>(form.changedReadOnly(current, FormValues.of(submitted)));
    violations.addAll(formRules.violations(form, values));
    if (violations.isEmpty()) {
      rules.stream().filter(rule -> rule.formIds().contains(contract.formId()))
          .forEach(rule -> violations.addAll(engineAs.call(null, () -> rule.check(processInstanceId, values))));
    }
    if (!violations.isEmpty()) {
      throw new Rejection(400, SubmissionRejectedException.summary(violations), violations);
    }
  }
}
