package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The steps of the scoring stage: 分配评分 and 汇总评分 (delegates), and the listeners of 评分 and 评分分歧讨论,
 * each a thin bean over {@link ScoringService}, and 提醒评审评分 over {@link SelectionMails}.
 * Each bean is named after its element; the second names are those of models deployed before this version,
 * whose instances still run.
 */
@Configuration
class ScoringDelegates {

  /** 分配评分: every approved plan to its reviewers. */
  @Bean({"assignScoring", "assignScoringDelegate"})
  JavaDelegate assignScoring(ScoringService scoring, Deadlines deadlines) {
    return execution -> {
      execution.setVariable(UNDERSTAFFED_PLANS,
          scoring.assign((String) execution.getVariable(CampaignProcess.CAMPAIGN_ID)).size());
      execution.setVariable(SCORING_DUE_AT, deadlines.reviewDue());
    };
  }

  /** 汇总评分: each plan's scores together; disputed plans go to a discussion. */
  @Bean({"aggregateScores", "aggregateScoresDelegate"})
  JavaDelegate aggregateScores(ScoringService scoring) {
    return (DelegateExecution execution) -> {
      String campaignId = (String) execution.getVariable(CampaignProcess.CAMPAIGN_ID);
      List<Long> disputed = scoring.aggregate(campaignId);
      execution.setVariable(DISPUTED_PLANS, disputed);
      execution.setVariable(SCORED_PLANS, scoring.assignments(campaignId).stream().map(ScoringService::planOf)
          .distinct().count());
    };
  }

  /**
   * 评分, on creation: what the reviewer scores, and the form's fields as the task's own variables, so
   * that reviewers scoring at the same moment never write the same variable.
   */
  @Bean({"scorePlanCreated", "scorePlanOpened"})
  TaskListener scorePlanCreated(ScoringService scoring, PlanService plans) {
    return (DelegateTask task) -> {
      long planId = ScoringService.planOf((String) task.getVariable(SCORING_ASSIGNMENT));
      showPlan(task, plans, planId);
      scoring.rubric().criteria().forEach(c -> task.setVariableLocal(POINTS_PREFIX + c.code(), null));
      task.setVariableLocal(SCORE_COMMENT, null);
    };
  }

  /** 评分, on completion: the server's check, then the score on record. */
  @Bean
  TaskListener scorePlanCompleted(ScoringService scoring, FormRules rules, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(SCORE_FORM, task.getVariablesLocal());
      Map<String, Integer> points = new HashMap<>();
      scoring.rubric().criteria().forEach(c -> points.put(c.code(), values.integer(POINTS_PREFIX + c.code())));
      scoring.record(((Number) task.getVariableLocal(PLAN_ID)).longValue(),
          scoring.reviewer((String) task.getVariable(SCORING_ASSIGNMENT)), points, values.text(SCORE_COMMENT));
    };
  }

  /** 评分分歧讨论, on creation: the plan and every reviewer's score of it. */
  @Bean({"discussScoresCreated", "discussionOpened"})
  TaskListener discussScoresCreated(ScoringService scoring, PlanService plans) {
    return (DelegateTask task) -> {
      long planId = ((Number) task.getVariable(DISPUTED_PLAN)).longValue();
      showPlan(task, plans, planId);
      task.setVariableLocal(SCORES_SO_FAR, scoring.scoresOf(planId).stream()
          .map(score -> Map.of("reviewer", score.reviewer(), "total", String.valueOf(score.total()),
              "comment", score.comment() == null ? "" : score.comment()))
          .toList());
      task.setVariableLocal(AGREED_SCORE, null);
      task.setVariableLocal(AGREED_REASON, null);
    };
  }

  /** 评分分歧讨论, on completion: the agreed score and its reason on record. */
  @Bean({"discussScoresCompleted", "discussionCompleted"})
  TaskListener discussScoresCompleted(ScoringService scoring, FormRules rules, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(DISCUSS_FORM, task.getVariablesLocal());
      scoring.agree(((Number) task.getVariableLocal(PLAN_ID)).longValue(),
          ((Number) values.raw(AGREED_SCORE)).doubleValue(), values.text(AGREED_REASON), currentUser.id());
    };
  }

  /** 提醒评审评分 (timer before the scoring's due date). */
  @Bean({"remindScorers", "remindScorersDelegate"})
  JavaDelegate remindScorers(SelectionMails mails) {
    return (DelegateExecution execution) -> mails.remindScorers(execution.getProcessInstanceId(),
        (String) execution.getVariable(CampaignProcess.CAMPAIGN_ID),
        (String) execution.getVariable(CampaignProcess.CAMPAIGN_NAME),
        (String) execution.getVariable(CampaignProcess.NOTICE_CONTACTS), (Date) execution.getVariable(SCORING_DUE_AT));
  }

  private static void showPlan(DelegateTask task, PlanService plans, long planId) {
    var plan = plans.find(planId);
    task.setVariableLocal(PLAN_ID, planId);
    plans.revisionSummary(planId, plan.currentRevision()).forEach(task::setVariableLocal);
  }
}
