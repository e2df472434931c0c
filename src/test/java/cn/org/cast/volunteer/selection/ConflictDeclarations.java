package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

import cn.org.cast.volunteer.EngineDriver;

/**
 * 声明利益冲突 as a reviewer submits it from Tasklist's start form, for this module's tests and for those of
 * others, which put a conflict on record the way reviewers do.
 */
public final class ConflictDeclarations {

  private ConflictDeclarations() {
  }

  /**
   * The user (a reviewer) declares the organisations with the reason. The model is looked up before signing in,
   * so that a user who may not declare meets the engine's refusal rather than a model they cannot see.
   */
  public static ProcessInstance declare(ProcessEngine engine, EngineDriver driver, String user, List<String> codes,
      String reason) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CONFLICT_PROCESS_KEY).latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, Map.of(
        CONFLICT_ORGS, SpinValues.jsonValue(toJson(codes)).create(), CONFLICT_REASON, reason)));
  }

  private static String toJson(List<String> codes) {
    return codes.stream().map(code -> "\"" + code + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]")
        .orElse("[]");
  }
}
