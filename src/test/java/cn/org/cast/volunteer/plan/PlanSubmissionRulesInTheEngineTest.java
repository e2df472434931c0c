package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.form.SubmissionRejectedException;

/**
 * Every rule of the plan form, broken once, through the engine as a submitter completes the task:
 * the completion is refused with the rule's Chinese message, the task stays open, nothing is recorded.
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanSubmissionRulesInTheEngineTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;

  EngineDriver driver;
  ProcessInstance plan;

  @BeforeAll
  void openOnePlan() {
    CampaignClock.set(CampaignClock.ISSUED);
    driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
  }

  @ParameterizedTest(name = "refused: {0}")
  @MethodSource("cn.org.cast.volunteer.plan.PlanSubmissionValidatorTest#violations")
  void brokenRuleIsRefusedAndTheTaskStaysOpen(String description, Map<String, Object> submission, String field,
      String messageFragment) {
    String taskId = driver.task(plan).getId();

    assertThatThrownBy(() -> driver.submit("chemsoc", plan, submission))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(messageFragment);

    assertThat(driver.task(plan).getId()).isEqualTo(taskId);
    assertThat(engine.getRuntimeService().getVariables(plan.getId())).doesNotContainKey(PlanProcess.ACTIVITY_NAME);
    assertThat(jdbc.sql("SELECT current_revision FROM preparation_plan WHERE process_instance_id = :p")
        .param("p", plan.getId()).query(Integer.class).single()).isZero();
  }
}
