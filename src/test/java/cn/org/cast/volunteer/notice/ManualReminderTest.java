package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.notice.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.plan.PlanProcess;

/** The organiser reminds every organisation that has not submitted, in one action, and sees the log. */
@AppTest
class ManualReminderTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;

  EngineDriver driver;
  String campaignId;
  ProcessInstance campaign;

  @BeforeEach
  void chemistrySubmittedBeijingDeclinedMechanicsSilent() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    campaign = driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY,
        BEIJING_ASSOCIATION)));
    driver.executeJobs();
    driver.submit("chemsoc", driver.plan(campaignId, CHEMICAL_SOCIETY), planSubmission("化学科普进社区"));
    driver.submit("bjast", driver.plan(campaignId, BEIJING_ASSOCIATION),
        Map.of(PlanProcess.SUBMISSION_ACTION, "WITHDRAW", PlanProcess.WITHDRAW_REASON, "今年由区县科协分别组织。"));
  }

  @Test
  void remindsOnlyThoseWhoHaveNotSubmittedAndShowsWhoWasRemindedWhen() {
    // The notices go out in batches after the task is created; the organiser's claim brings its log up to date.
    Task remind = reminderTask();
    engine.getTaskService().claim(remind.getId(), "organizer");
    assertThat(log(remind)).extracting(row -> row.get("orgName") + "/" + row.get("kind"))
        .containsExactlyInAnyOrder("中国化学会/活动通知", "中国机械工程学会/活动通知", "北京市科学技术协会/活动通知");

    assertThatThrownBy(() -> complete(remind, Map.of(REMINDER_NOTE, "请尽快提交")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    complete(remind, Map.of(SEND_REMINDER, true, REMINDER_NOTE, "请于截止日前提交，如有困难请联系我们。"));

    assertThat(manualReminders()).containsExactly("n043@contact.example.org");
    assertThat(campaign).variables().containsEntry(REMINDED_COUNT, 1).doesNotContainKey(SEND_REMINDER);
    assertThat(jdbc.sql("SELECT body FROM notification WHERE campaign_id = :c AND purpose = 'MANUAL_REMINDER'")
        .param("c", campaignId).query(String.class).single()).contains("附言：请于截止日前提交");

    Task again = reminderTask();
    assertThat(log(again).get(0)).containsEntry("orgName", "中国机械工程学会").containsEntry("kind", "组织者催报")
        .containsEntry("status", "待发送").containsEntry("time", "2019-04-30 10:00");
    complete(again, Map.of(SEND_REMINDER, true));
    assertThat(manualReminders()).hasSize(2);
  }

  private Task reminderTask() {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(REMIND_TASK).singleResult();
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> log(Task task) {
    return (List<Map<String, Object>>) engine.getTaskService().getVariableLocal(task.getId(), REMINDER_LOG);
  }

  private void complete(Task task, Map<String, Object> form) {
    driver.as("organizer", () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private List<String> manualReminders() {
    return jdbc.sql("SELECT recipient_email FROM notification WHERE campaign_id = :c AND purpose = 'MANUAL_REMINDER'")
        .param("c", campaignId).query(String.class).list();
  }
}
