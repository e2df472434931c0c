package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.notice.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

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
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.selection.SelectionProcess;

/** Every path of the campaign process: notice to all or to a subset, settled collection, early close. */
@AppTest
class CampaignProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  Organizations organizations;

  EngineDriver driver;
  String campaignId;

  @BeforeEach
  void setUp() {
    init(engine);
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
  }

  @Test
  void noticeToTheWholeRegistryOpensOnePlanPerOrganisation() {
    ProcessInstance campaign = driver.startCampaign(startForm(campaignId, null));
    assertThat(campaign).hasBusinessKey(campaignId).isWaitingAt(ISSUE_NOTICE_TASK).hasPassed(REGISTER_TASK);

    execute(job());
    // The notice goes out in batches, each in a job (a transaction) of its own: none has run yet.
    long registry = organizations.active().size();
    long batches = (registry + NoticeService.BATCH_SIZE - 1) / NoticeService.BATCH_SIZE;
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
        .activityId(NOTICE_BATCHES_ACTIVITY).count()).isEqualTo(batches);
    assertThat(count("SELECT COUNT(*) FROM preparation_plan WHERE campaign_id = :c")).isZero();
    assertThat(campaign).isWaitingAt(NOTICE_BATCHES_ACTIVITY).variables().doesNotContainKey(RECIPIENT_BATCHES);

    driver.executeJobs();

    assertThat(campaign).isWaitingAt(NOTICE_BATCHES_ACTIVITY, CLOSE_EARLY_TASK, REMIND_TASK)
        .variables().containsEntry(RECIPIENT_COUNT, (int) registry);
    List<ProcessInstance> batchInstances = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NOTICE_BATCH_KEY).superProcessInstanceId(campaign.getId()).list();
    assertThat(batchInstances).extracting(ProcessInstance::getBusinessKey)
        .contains(campaignId + "/batch-1", campaignId + "/batch-" + batches).hasSize((int) batches);
    assertThat(batchInstances.get(0)).isWaitingAt(COLLECT_PLANS_ACTIVITY).hasPassed(OPEN_BATCH_TASK);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
        .rootProcessInstanceId(campaign.getId()).count()).isEqualTo(registry);
    assertThat(count("SELECT COUNT(*) FROM preparation_plan WHERE campaign_id = :c")).isEqualTo(registry);
    assertThat(count("SELECT COUNT(DISTINCT org_code) FROM notification WHERE campaign_id = :c AND purpose = 'NOTICE_ISSUED'"))
        .isEqualTo(registry);
    assertThat(driver.plan(campaignId, BEIJING_ASSOCIATION)).isWaitingAt(PlanProcess.SUBMIT_TASK);
    assertThat(campaignStatus()).isEqualTo("COLLECTING");
  }

  @Test
  void subsetOfRecipientsSettledEndsCollectionWithTheCounts() {
    ProcessInstance campaign =
        driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY, BEIJING_ASSOCIATION)));
    driver.executeJobs();
    assertThat(count("SELECT COUNT(*) FROM preparation_plan WHERE campaign_id = :c")).isEqualTo(3);
    assertThat(count("SELECT COUNT(*) FROM notification WHERE campaign_id = :c")).isEqualTo(3);

    ProcessInstance chemistry = driver.plan(campaignId, CHEMICAL_SOCIETY);
    driver.submit("chemsoc", chemistry, planSubmission("化学科普进社区"));
    driver.submit("reviewer1", chemistry, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    ProcessInstance mechanics = driver.plan(campaignId, MECHANICAL_SOCIETY);
    driver.submit("cmes", mechanics, planSubmission("智能制造服务企业"));
    driver.submit("reviewer2", mechanics,
        Map.of(PlanProcess.REVIEW_DECISION, "REJECT", PlanProcess.REVIEW_COMMENT, "缺少具体的服务项目。"));
    driver.submit("bjast", driver.plan(campaignId, BEIJING_ASSOCIATION),
        Map.of(PlanProcess.SUBMISSION_ACTION, "WITHDRAW", PlanProcess.WITHDRAW_REASON, "今年由区县科协分别组织。"));
    driver.executeJobs();

    // The organiser's early-close task was withdrawn when the last plan settled.
    assertThat(campaign).isWaitingAt(SelectionProcess.SCORE_TASK)
        .hasPassed(ALL_SETTLED_END, RECORD_RESULT_TASK, SelectionProcess.ASSIGN_SCORING_TASK)
        .hasNotPassed(CLOSED_EARLY_END);
    assertThat(result()).containsExactlyInAnyOrder("APPROVED=1", "REJECTED=1", "WITHDRAWN=1");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign.getId())
        .variableName(COLLECTED_PREFIX + "APPROVED").singleResult().getValue()).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(campaign.getId())
        .variableName(COLLECTION_SUMMARY).singleResult().getValue()).isEqualTo("已通过 1，未通过 1，已撤回（不参加） 1");
    assertThat(campaignStatus()).isEqualTo("COLLECTION_ENDED");
  }

  @Test
  void organiserClosesCollectionEarly() {
    ProcessInstance campaign = driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance chemistry = driver.plan(campaignId, CHEMICAL_SOCIETY);
    driver.submit("chemsoc", chemistry, planSubmission("化学科普进社区"));
    driver.submit("reviewer1", chemistry, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    driver.executeJobs();
    ProcessInstance mechanics = driver.plan(campaignId, MECHANICAL_SOCIETY);

    var closeTask = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(CLOSE_EARLY_TASK).singleResult();
    assertThatThrownBy(() -> driver.as("organizer",
        () -> engine.getFormService().submitTaskForm(closeTask.getId(), Map.of(CLOSE_REASON, "时间紧迫"))))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);

    driver.as("organizer", () -> engine.getFormService().submitTaskForm(closeTask.getId(),
        Map.of(CLOSE_CONFIRMED, true, CLOSE_REASON, "座谈会筹备时间紧迫，按已通过方案开展遴选。")));
    driver.executeJobs();

    assertThat(campaign).isWaitingAt(SelectionProcess.SCORE_TASK)
        .hasPassed(CLOSE_EARLY_TASK, CLOSED_EARLY_END, RECORD_RESULT_TASK)
        .hasNotPassed(ALL_SETTLED_END);
    assertThat(mechanics).isEnded();
    assertThat(result()).containsExactlyInAnyOrder("APPROVED=1", "NOT_STARTED=1");
    assertThat(jdbc.sql("SELECT status FROM preparation_plan WHERE campaign_id = :c AND org_code = :o")
        .param("c", campaignId).param("o", MECHANICAL_SOCIETY).query(String.class).single()).isEqualTo("CLOSED");
    assertThat(jdbc.sql("SELECT closed_by || ':' || close_reason FROM campaign WHERE id = :c").param("c", campaignId)
        .query(String.class).single()).isEqualTo("organizer:座谈会筹备时间紧迫，按已通过方案开展遴选。");
  }

  @Test
  void invalidStartFormStartsNothing() {
    Map<String, Object> form = startForm(campaignId, List.of(CHEMICAL_SOCIETY));
    form.put(PLAN_DEADLINE, "2019-04-01");

    assertThatThrownBy(() -> driver.startCampaign(form))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("方案报送截止日期应晚于印发日期");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaignId).count())
        .isZero();
    assertThat(count("SELECT COUNT(*) FROM campaign WHERE id = :c")).isZero();
  }

  private long count(String sql) {
    return jdbc.sql(sql).param("c", campaignId).query(Long.class).single();
  }

  private String campaignStatus() {
    return jdbc.sql("SELECT status FROM campaign WHERE id = :c").param("c", campaignId).query(String.class).single();
  }

  private List<String> result() {
    return jdbc.sql("SELECT plan_status || '=' || plan_count FROM collection_result WHERE campaign_id = :c")
        .param("c", campaignId).query(String.class).list();
  }
}
