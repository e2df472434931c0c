package cn.org.cast.volunteer.reminder;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.plan.PlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.form.SubmissionRejectedException;

/**
 * The deadline machinery of a plan with the engine clock moved through May 2019: the plan is due on
 * Friday 10 May, right after the May Day holiday (1–4 May off, Sunday 5 May worked).
 */
@AppTest
class PlanDeadlineProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;

  EngineDriver driver;
  ProcessInstance plan;

  @BeforeEach
  void planDueOnTenMay() {
    driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
  }

  @Test
  void submitTaskIsDueAtTheDeadlineWithRemindersOnWorkingDaysBeforeIt() {
    Task submit = driver.task(plan);
    assertThat(submit.getDueDate().toInstant()).isEqualTo(beijing("2019-05-10T23:59:59"));
    assertThat(submit.getFollowUpDate().toInstant()).isEqualTo(beijing("2019-05-09T23:59:59"));
    assertThat(timers()).containsExactly(
        Map.entry(FIRST_REMINDER_TIMER, beijing("2019-05-07T09:00:00")),
        Map.entry(SECOND_REMINDER_TIMER, beijing("2019-05-09T09:00:00")),
        Map.entry(DEADLINE_DAY_REMINDER_TIMER, beijing("2019-05-10T09:00:00")),
        Map.entry(DEADLINE_TIMER, beijing("2019-05-10T23:59:59")));
  }

  @Test
  void eachReminderGoesOutOnItsDayAndNoneAfterSubmission() {
    advanceTo("2019-05-07T09:00:01");
    assertThat(mails("PLAN_REMINDER")).containsExactly("n006@contact.example.org");
    assertThat(plan).isWaitingAt(SUBMIT_TASK);

    advanceTo("2019-05-09T09:00:01");
    assertThat(mails("PLAN_REMINDER")).hasSize(2);

    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    advanceTo("2019-05-11T08:00:00");
    assertThat(mails("PLAN_REMINDER")).hasSize(2);
    assertThat(mails("PLAN_OVERDUE")).isEmpty();
    assertThat(plan).isWaitingAt(REVIEW_TASK);
  }

  @Test
  void overduePlanIsExtendedAndItsRemindersFollowTheNewDeadline() {
    passTheDeadline();
    assertThat(plan).isWaitingAt(OVERDUE_TASK).task().hasCandidateGroup("organizers");
    assertThat(status()).isEqualTo("OVERDUE");
    assertThat(mails("PLAN_REMINDER")).hasSize(3);
    assertThat(mails("PLAN_OVERDUE"))
        .containsExactlyInAnyOrder("n006@contact.example.org", "leader-n006@contact.example.org");

    // A new deadline must be a later working day: Saturday 18 May is not one.
    assertThatThrownBy(() -> driver.submit("organizer", plan, Map.of(OVERDUE_DECISION, "EXTEND", NEW_DEADLINE, "2019-05-18")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("工作日");
    driver.submit("organizer", plan, Map.of(OVERDUE_DECISION, "EXTEND", NEW_DEADLINE, "2019-05-17",
        OVERDUE_REASON, "该单位申请延期一周"));

    assertThat(plan).isWaitingAt(SUBMIT_TASK);
    assertThat(status()).isEqualTo("EXTENDED");
    assertThat(mails("PLAN_EXTENDED")).containsExactly("n006@contact.example.org");
    assertThat(driver.task(plan).getDueDate().toInstant()).isEqualTo(beijing("2019-05-17T23:59:59"));
    assertThat(timers()).containsExactly(
        Map.entry(FIRST_REMINDER_TIMER, beijing("2019-05-14T09:00:00")),
        Map.entry(SECOND_REMINDER_TIMER, beijing("2019-05-16T09:00:00")),
        Map.entry(DEADLINE_DAY_REMINDER_TIMER, beijing("2019-05-17T09:00:00")),
        Map.entry(DEADLINE_TIMER, beijing("2019-05-17T23:59:59")));

    advanceTo("2019-05-14T09:00:01");
    assertThat(mails("PLAN_REMINDER")).hasSize(4);
    assertThat(decisions()).containsExactly("OVERDUE", "EXTEND:organizer");
  }

  @Test
  void overduePlanIsClosedAsNotSubmitted() {
    passTheDeadline();

    assertThatThrownBy(() -> driver.submit("organizer", plan, Map.of(OVERDUE_DECISION, "CLOSE")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("说明");
    driver.submit("organizer", plan, Map.of(OVERDUE_DECISION, "CLOSE", OVERDUE_REASON, "多次联系未果，按未报送处理"));
    driver.executeJobs();

    assertThat(plan).isEnded().hasPassed(MARK_OVERDUE_TASK, OVERDUE_TASK, NOT_SUBMITTED_END);
    assertThat(status()).isEqualTo("NOT_SUBMITTED");
    assertThat(decisions()).containsExactly("OVERDUE", "CLOSE_UNSUBMITTED:organizer");
  }

  @Test
  void returnedPlanGetsItsOwnRevisionDeadline() {
    driver.submit("chemsoc", plan, planSubmission("第一稿"));
    advanceTo("2019-05-08T10:00:00");
    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "请补充授旗仪式的组织方式。"));

    // Returned on Wednesday 8 May: five working days are 9, 10, 13, 14 and 15 May.
    assertThat(driver.task(plan).getDueDate().toInstant()).isEqualTo(beijing("2019-05-15T23:59:59"));
    assertThat(timers()).contains(Map.entry(FIRST_REMINDER_TIMER, beijing("2019-05-10T09:00:00")),
        Map.entry(DEADLINE_TIMER, beijing("2019-05-15T23:59:59")));
  }

  @Test
  void planReturnedEarlyKeepsTheCampaignDeadline() {
    driver.submit("chemsoc", plan, planSubmission("第一稿"));
    driver.submit("reviewer1", plan, Map.of(REVIEW_DECISION, "RETURN", REVIEW_COMMENT, "请补充授旗仪式的组织方式。"));

    assertThat(driver.task(plan).getDueDate().toInstant()).isEqualTo(beijing("2019-05-10T23:59:59"));
  }

  @Test
  void reviewIsDueInFiveWorkingDaysWithAReminderAndThenAnEscalation() {
    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    Task review = driver.task(plan);
    assertThat(review.getDueDate().toInstant()).isEqualTo(beijing("2019-05-09T23:59:59"));

    advanceTo("2019-05-08T09:00:01");
    assertThat(mails("REVIEW_REMINDER"))
        .containsExactlyInAnyOrder("reviewer1@demo.example.org", "reviewer2@demo.example.org", "reviewer3@demo.example.org");

    advanceTo("2019-05-10T00:00:01");
    assertThat(mails("REVIEW_ESCALATION")).containsExactly("organizer@demo.example.org");
    assertThat(plan).isWaitingAt(REVIEW_TASK);
  }

  private void passTheDeadline() {
    advanceTo("2019-05-07T09:00:01");
    advanceTo("2019-05-09T09:00:01");
    advanceTo("2019-05-10T09:00:01");
    advanceTo("2019-05-11T00:00:01");
  }

  private void advanceTo(String beijingTime) {
    CampaignClock.set(OffsetDateTime.parse(beijingTime + "+08:00"));
    driver.executeJobs();
  }

  private static Instant beijing(String localTime) {
    return OffsetDateTime.parse(localTime + "+08:00").toInstant();
  }

  /** The plan's timers by element id, soonest first. */
  private List<Map.Entry<String, Instant>> timers() {
    return engine.getManagementService().createJobQuery().processInstanceId(plan.getId()).timers()
        .orderByJobDuedate().asc().list().stream()
        .map(job -> Map.entry(activityOf(job), job.getDuedate().toInstant())).toList();
  }

  private String activityOf(Job job) {
    return engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
        .singleResult().getActivityId();
  }

  private List<String> mails(String purpose) {
    return jdbc.sql("SELECT recipient_email FROM notification WHERE process_instance_id = :p AND purpose = :purpose ORDER BY id")
        .param("p", plan.getId()).param("purpose", purpose).query(String.class).list();
  }

  private String status() {
    return jdbc.sql("SELECT status FROM preparation_plan WHERE process_instance_id = :p").param("p", plan.getId())
        .query(String.class).single();
  }

  private List<String> decisions() {
    return jdbc.sql("""
            SELECT d.decision || CASE WHEN d.decided_by IS NULL THEN '' ELSE ':' || d.decided_by END
              FROM plan_decision d JOIN preparation_plan p ON p.id = d.plan_id
             WHERE p.process_instance_id = :p ORDER BY d.id""")
        .param("p", plan.getId()).query(String.class).list();
  }

}
