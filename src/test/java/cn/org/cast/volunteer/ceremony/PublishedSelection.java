package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.CampaignFixtures.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.selection.SelectionProcess;

/** Where the symposium starts: both societies' plans approved and scored, the committee's selection published. */
final class PublishedSelection {

  private PublishedSelection() {
  }

  static ProcessInstance ofTwoSocieties(EngineDriver driver, ProcessEngine engine, String campaignId) {
    ProcessInstance campaign = driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    for (String org : List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)) {
      ProcessInstance plan = driver.plan(campaignId, org);
      driver.submit(user(org), plan, planSubmission("方案" + org));
      driver.submit("reviewer2", plan, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    }
    driver.executeJobs();
    for (Task task : tasks(engine, campaign, SelectionProcess.SCORE_TASK)) {
      driver.as(task.getAssignee(), () -> engine.getFormService().submitTaskForm(task.getId(), scorePoints(8)));
    }
    driver.executeJobs();
    Task decision = tasks(engine, campaign, SelectionProcess.DECIDE_TASK).get(0);
    driver.as("committee1", () -> engine.getFormService().submitTaskForm(decision.getId(),
        Map.of(SelectionProcess.APPROVE_SELECTION, true, SelectionProcess.QUOTA_REASON, "合格方案不足名额，按实际入选。")));
    driver.executeJobs();
    return campaign;
  }

  static List<Task> tasks(ProcessEngine engine, ProcessInstance campaign, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(activity)
        .list();
  }

  /** The demo account of each society. */
  static String user(String orgCode) {
    return switch (orgCode) {
      case CHEMICAL_SOCIETY -> "chemsoc";
      case MECHANICAL_SOCIETY -> "cmes";
      default -> throw new IllegalArgumentException(orgCode);
    };
  }
}
