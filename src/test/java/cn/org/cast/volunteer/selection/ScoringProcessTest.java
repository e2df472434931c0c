package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.selection.SelectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationOutbox.Delivery;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.publication.PublicationProcess;
import cn.org.cast.volunteer.publication.PublicationService;
import cn.org.cast.volunteer.security.WebClientSession;

/** The scoring stage after collection: three reviewers per approved plan, no conflicts, disputes discussed. */
@AppTest
class ScoringProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ScoringRepository scores;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  PublicationService publication;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  EngineDriver driver;
  ProcessInstance campaign;
  long chemistryPlan;

  @BeforeEach
  void twoApprovedPlansAndOneWithdrawn() {
    driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    // reviewer1 declared a conflict with the Chemical Society.
    scores.declareConflict("reviewer1", CHEMICAL_SOCIETY, "担任该学会理事");
    campaign = driver.startCampaign(startForm(campaignId,
        List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY, BEIJING_ASSOCIATION)));
    driver.executeJobs();
    for (String org : List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)) {
      ProcessInstance plan = driver.plan(campaignId, org);
      Map<String, Object> submission = planSubmission("方案" + org);
      if (org.equals(CHEMICAL_SOCIETY)) {
        // The Chemical Society also puts forward one of its provincial societies.
        submission.put(PlanProcess.NOMINATED_SOCIETIES,
            List.of(Map.of(PlanProcess.NOMINEE_NAME, "浙江省化学会", PlanProcess.NOMINEE_REGION, "浙江")));
      }
      driver.submit(org.equals(CHEMICAL_SOCIETY) ? "chemsoc" : "cmes", plan, submission);
      driver.submit("reviewer2", plan, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    }
    driver.submit("bjast", driver.plan(campaignId, BEIJING_ASSOCIATION),
        Map.of(PlanProcess.SUBMISSION_ACTION, "WITHDRAW", PlanProcess.WITHDRAW_REASON, "今年由区县科协分别组织。"));
    driver.executeJobs();
    chemistryPlan = jdbc.sql("SELECT id FROM preparation_plan WHERE campaign_id = :c AND org_code = :o")
        .param("c", campaignId).param("o", CHEMICAL_SOCIETY).query(Long.class).single();
  }

  @Test
  void approvedPlansAreScoredByReviewersWithoutConflictsAndAgreeingScoresEndTheStage() {
    assertThat(campaign).isWaitingAt(SCORE_TASK).variables().containsEntry(UNDERSTAFFED_PLANS, 1);
    List<Task> tasks = scoringTasks();
    assertThat(tasks).hasSize(5);
    assertThat(tasks).filteredOn(task -> chemistryPlan == planOf(task)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("reviewer2", "reviewer3");
    assertThat(engine.getTaskService().getVariable(tasks.get(0).getId(), ACTIVITY_NAME)).asString().startsWith("方案");

    Task first = tasks.get(0);
    Map<String, Object> tooHigh = scorePoints(8);
    tooHigh.put(POINTS_PREFIX + "ACTIVITIES", 11);
    assertThatThrownBy(() -> score(first, tooHigh)).hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("主要活动与重点任务");

    tasks.forEach(task -> score(task, scorePoints(8)));
    driver.executeJobs();

    assertThat(campaign).isWaitingAt(DECIDE_TASK).hasPassed(AGGREGATE_TASK, PROPOSE_TASK).hasNotPassed(DISCUSS_TASK);
    assertThat(finalScore(chemistryPlan)).isEqualTo(80.0);
  }

  @Test
  void theCommitteeApprovesTheProposalAndExplainsTheQuotaItLeavesShort() {
    scoringTasks().forEach(task -> score(task, scorePoints(8)));
    driver.executeJobs();
    Task decision = decisionTask();
    assertThat(decision.getId()).isNotNull();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> societies =
        (List<Map<String, Object>>) engine.getTaskService().getVariableLocal(decision.getId(), PROPOSAL_PREFIX + "SOCIETY");
    assertThat(societies).extracting(row -> row.get("name") + "/" + row.get("status"))
        .containsExactlyInAnyOrder("中国化学会/入选", "浙江省化学会/入选", "中国机械工程学会/入选");

    // Two societies against a quota of 100: approving needs a reason.
    assertThatThrownBy(() -> decide(decision, Map.of(APPROVE_SELECTION, true)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("请说明未满或超出名额的原因");
    decide(decision, Map.of(APPROVE_SELECTION, true, QUOTA_REASON, "首批合格方案数量不足名额，按实际入选。"));
    driver.executeJobs();

    // Published, the campaign goes on to the symposium.
    assertThat(campaign).isWaitingAt(SymposiumProcess.ARRANGE_TASK)
        .hasPassed(DECIDE_TASK, PublicationProcess.PUBLISH_TASK, PublicationProcess.PUBLISHED_END)
        .variables().containsEntry(PublicationProcess.ORGANIZATIONS_NOTIFIED, 2);
    assertThat(resultMails()).extracting(Delivery::orgCode).containsExactlyInAnyOrder(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY);
    assertThat(resultMails()).allSatisfy(mail -> assertThat(mail.text()).contains("学会：", "—— 入选"));
    assertThat(resultMails()).filteredOn(mail -> mail.orgCode().equals(CHEMICAL_SOCIETY)).singleElement()
        .satisfies(mail -> assertThat(mail.text()).contains("学会：浙江省化学会 —— 入选"));

    // Published: every signed-in user may download the lists; publishing again tells nobody twice.
    assertThat(publication.publish(campaignId(), campaign.getId())).isEqualTo(2);
    assertThat(resultMails()).hasSize(2);
    WebClientSession chemsoc = new WebClientSession(port);
    chemsoc.login("chemsoc", password);
    HttpResponse<byte[]> excel = chemsoc.download("/api/campaigns/" + campaignId() + "/selection.xlsx");
    assertThat(excel.statusCode()).as(new String(excel.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(200);
    assertThat(excel.headers().firstValue("Content-Disposition")).get().asString().contains(".xlsx");
    assertThat(chemsoc.download("/api/campaigns/" + campaignId() + "/selection.pdf").body()).startsWith("%PDF".getBytes());
  }

  @Test
  void theCommitteeMovesACandidateOutWithAReasonOnRecord() {
    scoringTasks().forEach(task -> score(task, scorePoints(8)));
    driver.executeJobs();
    Map<String, Object> out = Map.of(CHANGE_POOL, "SOCIETY", CHANGE_CANDIDATE, CHEMICAL_SOCIETY, CHANGE_ACTION, "OUT",
        CHANGE_REASON, "该学会已入选上一批，本批让位于其他学会。");

    Map<String, Object> withoutReason = new HashMap<>(Map.of(APPROVE_SELECTION, true,
        QUOTA_REASON, "首批合格方案数量不足名额。"));
    withoutReason.put(SELECTION_CHANGES, org.camunda.spin.plugin.variable.SpinValues.jsonValue(
        "[{\"changePool\":\"SOCIETY\",\"changeCandidate\":\"N006\",\"changeAction\":\"OUT\"}]").create());
    assertThatThrownBy(() -> decide(decisionTask(), withoutReason)).hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“调整”第1项：请填写“理由”");

    Map<String, Object> form = new HashMap<>(Map.of(APPROVE_SELECTION, true, QUOTA_REASON, "首批合格方案数量不足名额。"));
    form.put(SELECTION_CHANGES, List.of(out));
    decide(decisionTask(), form);
    // Not yet published: the organisation may not see the lists, the committee may.
    WebClientSession chemsoc = new WebClientSession(port);
    chemsoc.login("chemsoc", password);
    HttpResponse<byte[]> early = chemsoc.download("/api/campaigns/" + campaignId() + "/selection.xlsx");
    assertThat(early.statusCode()).isEqualTo(403);
    assertThat(new String(early.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("遴选名单尚未公布");
    WebClientSession committee = new WebClientSession(port);
    committee.login("committee1", password);
    assertThat(committee.download("/api/campaigns/" + campaignId() + "/selection.xlsx").statusCode()).isEqualTo(200);
    driver.executeJobs();

    assertThat(campaign).hasPassed(PublicationProcess.PUBLISHED_END).isWaitingAt(SymposiumProcess.ARRANGE_TASK);
    assertThat(resultMails()).filteredOn(mail -> mail.orgCode().equals(CHEMICAL_SOCIETY)).singleElement()
        .satisfies(mail -> assertThat(mail.text()).contains("学会：中国化学会 —— 候补"));
    assertThat(jdbc.sql("""
            SELECT candidate_id || ':' || from_status || '>' || to_status || ':' || changed_by FROM selection_change
             WHERE pool = 'SOCIETY' AND reason = :reason""").param("reason", out.get(CHANGE_REASON))
        .query(String.class).single()).isEqualTo("N006:SELECTED>WAITLISTED:committee1");
  }

  @Test
  void reviewersWithScoringStillOpenAreRemindedBeforeTheDueDate() {
    Task scoredAlready = scoringTasks().stream().filter(task -> "reviewer1".equals(task.getAssignee())).findFirst()
        .orElseThrow();
    score(scoredAlready, scorePoints(8));
    assertThat(scoredAlready.getDueDate()).isEqualTo(engine.getRuntimeService().getVariable(campaign.getId(), SCORING_DUE_AT));

    String reminderJob = engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
        .activityId(SCORING_REMINDER_EVENT).singleResult().getId();
    engine.getManagementService().executeJob(reminderJob);

    assertThat(campaign).hasPassed("remindScorers").isWaitingAt(SCORE_TASK);
    List<Delivery> reminders = outbox.forCampaign(campaignId()).stream()
        .filter(mail -> mail.purpose() == NotificationPurpose.SCORING_REMINDER).toList();
    // reviewer1 had one plan (the other is the Chemical Society's, a declared conflict) and scored it.
    assertThat(reminders).extracting(Delivery::recipientEmail).hasSize(2).noneMatch(email -> email.startsWith("reviewer1"));
    assertThat(reminders).extracting(Delivery::subject).allMatch(subject -> subject.startsWith("【评分提醒】您还有2个方案待评分"));
  }

  private List<Delivery> resultMails() {
    return outbox.forCampaign(campaignId()).stream()
        .filter(mail -> mail.purpose() == NotificationPurpose.SELECTION_RESULT).toList();
  }

  private String campaignId() {
    return campaign.getBusinessKey();
  }

  private Task decisionTask() {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(DECIDE_TASK).singleResult();
  }

  private void decide(Task task, Map<String, Object> form) {
    driver.as("committee1", () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  @Test
  void reviewersWhoDisagreeSendThePlanToADiscussionThatSetsItsScore() {
    for (Task task : scoringTasks()) {
      boolean harsh = chemistryPlan == planOf(task) && "reviewer3".equals(task.getAssignee());
      score(task, scorePoints(harsh ? 3 : 9));
    }
    driver.executeJobs();

    assertThat(campaign).isWaitingAt(DISCUSS_TASK).variables().containsEntry(SCORED_PLANS, 2L);
    Task discussion = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(DISCUSS_TASK).singleResult();
    assertThat(discussion.getId()).isNotNull();
    driver.as("organizer", () -> engine.getFormService().submitTaskForm(discussion.getId(),
        Map.of(AGREED_SCORE, 72, AGREED_REASON, "经讨论，授旗仪式安排尚可，取中间分。")));
    driver.executeJobs();

    assertThat(campaign).isWaitingAt(DECIDE_TASK).hasPassed(DISCUSS_TASK);
    assertThat(finalScore(chemistryPlan)).isEqualTo(72.0);
  }

  private List<Task> scoringTasks() {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(SCORE_TASK).orderByTaskAssignee().asc().list();
  }

  private long planOf(Task task) {
    return ((Number) engine.getTaskService().getVariableLocal(task.getId(), PLAN_ID)).longValue();
  }

  private void score(Task task, Map<String, Object> points) {
    driver.as(task.getAssignee(), () -> engine.getFormService().submitTaskForm(task.getId(), points));
  }

  private Double finalScore(long planId) {
    return jdbc.sql("SELECT final_score FROM plan_score_result WHERE plan_id = :p").param("p", planId)
        .query(Double.class).single();
  }
}
