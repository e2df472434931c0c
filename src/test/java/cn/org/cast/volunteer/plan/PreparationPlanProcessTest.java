package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.plan.PlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.form.SubmissionRejectedException;

/** Every path of preparationPlan, driven as the submitter and the reviewers would. */
@AppTest
class PreparationPlanProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;

  EngineDriver driver;
  String campaignId;
  ProcessInstance plan;

  @BeforeEach
  void openPlanForChemicalSociety() {
    init(engine);
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
  }

  @Test
  void planIsOpenedForTheOrganisationWithItsHostNamePrefilled() {
    assertThat(plan).hasBusinessKey(campaignId + "/" + CHEMICAL_SOCIETY).isWaitingAt(SUBMIT_TASK)
        .hasPassed(OPEN_PLAN_TASK);
    assertThat(plan).task().hasCandidateGroup(CHEMICAL_SOCIETY);
    assertThat(plan).variables().containsEntry(HOST_ORGANIZATION, "中国化学会")
        .containsEntry(PLAN_STATUS, "NOT_STARTED");
    assertThat(status()).isEqualTo("NOT_STARTED");
  }

  @Test
  void straightApproval() {
    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    assertThat(plan).isWaitingAt(REVIEW_TASK).task().hasCandidateGroup("reviewers");
    assertThat(status()).isEqualTo("SUBMITTED");

    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "APPROVE"));
    driver.executeJobs();

    assertThat(plan).isEnded().hasPassed(APPROVED_END);
    assertThat(status()).isEqualTo("APPROVED");
    assertThat(decisions()).containsExactly("1:APPROVE:reviewer1");
    assertThat(revisions()).containsExactly("1:化学科普进社区:chemsoc");
  }

  @Test
  void twoRevisionRoundsKeepEveryVersionAndDecision() {
    driver.submit("chemsoc", plan, planSubmission("第一稿"));
    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "请补充授旗仪式的组织方式。"));

    assertThat(plan).isWaitingAt(SUBMIT_TASK);
    assertThat(status()).isEqualTo("RETURNED");
    // The organisation sees the comment and its previous answers.
    assertThat(plan).variables().containsEntry(REVIEW_COMMENT, "请补充授旗仪式的组织方式。")
        .containsEntry(ACTIVITY_NAME, "第一稿");

    driver.submit("chemsoc", plan, planSubmission("第二稿"));
    assertThat(plan).variables().doesNotContainKey(REVIEW_COMMENT).doesNotContainKey(REVIEW_DECISION)
        .containsEntry(REVISION, 2);
    driver.submit("reviewer2", plan, Map.of(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "请细化筹备时间表。"));
    driver.submit("chemsoc", plan, planSubmission("第三稿"));
    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "APPROVE", REVIEW_COMMENT, "同意。"));
    driver.executeJobs();

    assertThat(plan).isEnded().hasPassed(APPROVED_END);
    assertThat(revisions()).containsExactly("1:第一稿:chemsoc", "2:第二稿:chemsoc", "3:第三稿:chemsoc");
    assertThat(decisions()).containsExactly("1:RETURN:reviewer1", "2:RETURN:reviewer2", "3:APPROVE:reviewer1");
    assertThat(status()).isEqualTo("APPROVED");
  }

  @Test
  void rejection() {
    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "REJECT", REVIEW_COMMENT, "方案与活动主题不符。"));
    driver.executeJobs();

    assertThat(plan).isEnded().hasPassed(REJECTED_END);
    assertThat(status()).isEqualTo("REJECTED");
    assertThat(decisions()).containsExactly("1:REJECT:reviewer1");
  }

  @Test
  void organisationMayDeclineToTakePart() {
    driver.submit("chemsoc", plan, Map.of(SUBMISSION_ACTION, "WITHDRAW", WITHDRAW_REASON, "本单位今年另有安排。"));
    driver.executeJobs();

    assertThat(plan).isEnded().hasPassed(WITHDRAWN_END).hasNotPassed(REVIEW_TASK);
    assertThat(status()).isEqualTo("WITHDRAWN");
    assertThat(decisions()).containsExactly("0:WITHDRAW:chemsoc");
    assertThat(revisions()).isEmpty();
  }

  @Test
  void invalidSubmissionIsRefusedAndTheTaskStaysOpenWithNothingRecorded() {
    Map<String, Object> form = planSubmission("化学科普进社区");
    form.put(CONTACT_MOBILE, "12345");

    assertThatThrownBy(() -> driver.submit("chemsoc", plan, form))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“手机”格式不正确");
    assertThat(plan).isWaitingAt(SUBMIT_TASK);
    assertThat(plan).variables().doesNotContainKey(ACTIVITY_NAME);
    assertThat(revisions()).isEmpty();
    assertThat(status()).isEqualTo("NOT_STARTED");
  }

  @Test
  void reviewerMustGiveAReasonWhenReturning() {
    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));

    assertThatThrownBy(() -> driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "RETURN")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("审核意见");
    assertThat(plan).isWaitingAt(REVIEW_TASK);
    assertThat(decisions()).isEmpty();
  }

  private String status() {
    return jdbc.sql("SELECT status FROM preparation_plan WHERE campaign_id = :c AND org_code = :o")
        .param("c", campaignId).param("o", CHEMICAL_SOCIETY).query(String.class).single();
  }

  private List<String> revisions() {
    return jdbc.sql("""
            SELECT r.revision || ':' || r.activity_name || ':' || r.submitted_by FROM plan_revision r
              JOIN preparation_plan p ON p.id = r.plan_id
             WHERE p.campaign_id = :c AND p.org_code = :o ORDER BY r.revision""")
        .param("c", campaignId).param("o", CHEMICAL_SOCIETY).query(String.class).list();
  }

  private List<String> decisions() {
    return jdbc.sql("""
            SELECT d.revision || ':' || d.decision || ':' || d.decided_by FROM plan_decision d
              JOIN preparation_plan p ON p.id = d.plan_id
             WHERE p.campaign_id = :c AND p.org_code = :o ORDER BY d.id""")
        .param("c", campaignId).param("o", CHEMICAL_SOCIETY).query(String.class).list();
  }
}
