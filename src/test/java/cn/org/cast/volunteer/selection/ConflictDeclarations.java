package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * 声明利益冲突 as a reviewer submits it from Tasklist's start form: the one way tests of this module and of
 * others put a conflict on record.
 */
public final class ConflictDeclarations {

  private ConflictDeclarations() {
  }

  /** Declares the organisations with the reason, as the signed-in user (the declaring reviewer). */
  public static ProcessInstance declare(ProcessEngine engine, List<String> codes, String reason) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CONFLICT_PROCESS_KEY).latestVersion().singleResult().getId();
    return engine.getFormService().submitStartForm(definitionId, Map.of(
        CONFLICT_ORGS, SpinValues.jsonValue(toJson(codes)).create(), CONFLICT_REASON, reason));
  }

  private static String toJson(List<String> codes) {
    return codes.stream().map(code -> "\"" + code + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]")
        .orElse("[]");
  }
}
