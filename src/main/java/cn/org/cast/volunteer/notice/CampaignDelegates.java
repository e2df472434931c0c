package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanMails;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The steps of the campaign up to the end of collection (campaign and notice-batch models), each named after
 * its element. The second names are those of models deployed before this version, whose instances still run.
 */
@Configuration
class CampaignDelegates {

  private static final EnumSet<PlanStatus> AWAITING_SUBMISSION =
      EnumSet.of(PlanStatus.NOT_STARTED, PlanStatus.RETURNED, PlanStatus.EXTENDED);
  private static final DateTimeFormatter LOG_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private static final EnumSet<NotificationPurpose> TO_ORGANISATIONS = EnumSet.of(NotificationPurpose.NOTICE_ISSUED,
      NotificationPurpose.PLAN_REMINDER, NotificationPurpose.MANUAL_REMINDER, NotificationPurpose.PLAN_OVERDUE,
      NotificationPurpose.PLAN_EXTENDED);

  /** 登记活动: the start form checked, the campaign on record, the instance keyed by the campaign's id. */
  @Bean({"registerCampaign", "registerCampaignDelegate"})
  JavaDelegate registerCampaign(FormRules rules, CampaignService campaigns, CurrentUser currentUser) {
    return (DelegateExecution execution) -> {
      Campaign campaign = campaigns.register(rules.enforce(START_FORM, execution.getVariables()),
          execution.getProcessInstanceId(), currentUser.id());
      execution.setProcessBusinessKey(campaign.id());
      execution.setVariable(PLAN_DUE_AT, CampaignService.planDueAt(campaign));
    };
  }

  /** 印发通知: the recipients fixed and handed on in batches (分批通知并收集方案). */
  @Bean({"issueNotice", "issueNoticeDelegate"})
  JavaDelegate issueNotice(NoticeService notices) {
    return (DelegateExecution execution) -> {
      FormValues startForm = FormValues.of(execution.getVariables());
      List<List<String>> batches = notices.issue(startForm.text(CAMPAIGN_ID),
          RecipientScope.valueOf(startForm.text(RECIPIENT_SCOPE)), startForm.strings(RECIPIENT_CODES));
      execution.setVariable(RECIPIENT_COUNT, batches.stream().mapToInt(List::size).sum());
      // Transient: read once, in this transaction, when the batches' executions are created; never stored.
      execution.setVariable(RECIPIENT_BATCHES, Variables.objectValue(batches, true).create());
    };
  }

  /** 登记并通知本批单位: one batch's plans opened and notices queued, before its plans start. */
  @Bean({"openNoticeBatch", "openNoticeBatchDelegate"})
  @SuppressWarnings("unchecked")
  JavaDelegate openNoticeBatch(NoticeService notices) {
    // Only the two variables it needs: reading them all would deserialise the whole campaign's, once per batch.
    return (DelegateExecution execution) -> notices.openBatch((String) execution.getVariable(CAMPAIGN_ID),
        execution.getProcessInstanceId(), (List<String>) execution.getVariable(RECIPIENT_BATCH));
  }

  /**
   * On creating and on claiming 催报未提交单位: the log of every mail the campaign's organisations were sent —
   * who, what, when, and whether it went out — newest first, for the form's table, with the moment it was taken.
   */
  @Bean({"remindUnsubmittedCreatedOrAssigned", "reminderLogListener"})
  TaskListener remindUnsubmittedCreatedOrAssigned(NotificationOutbox outbox, Organizations organizations,
      Clock clock) {
    return (DelegateTask task) -> {
      Map<String, String> names = organizations.namesByCode();
      List<Map<String, Object>> rows = outbox.forCampaign((String) task.getVariable(CAMPAIGN_ID)).stream()
          .filter(delivery -> TO_ORGANISATIONS.contains(delivery.purpose()))
          .map(delivery -> Map.<String, Object>of(
              "orgName", names.getOrDefault(delivery.orgCode(), delivery.orgCode()),
              "kind", delivery.purpose().label(),
              "recipient", delivery.recipientEmail(),
              "time", LOG_TIME.format(delivery.createdAt().atZoneSameInstant(VolunteerApplication.BEIJING)),
              "status", delivery.status().label()))
          .toList();
      task.setVariableLocal(REMINDER_LOG, rows);
      task.setVariableLocal(REMINDER_LOG_AT, LOG_TIME.format(OffsetDateTime.now(clock)));
    };
  }

  /** On completing 催报未提交单位: the form checked; the task's id names the reminders it sends. */
  @Bean({"remindUnsubmittedCompleted", "remindUnsubmittedListener"})
  TaskListener remindUnsubmittedCompleted(FormRules rules) {
    return (DelegateTask task) -> {
      rules.enforce(REMIND_FORM, task.getVariables());
      task.setVariable(MANUAL_REMINDER_ID, task.getId());
    };
  }

  /**
   * 发送催报: one reminder to every organisation whose plan still waits for its submission (not yet submitted,
   * returned for revision, or extended), each with a link to its own task.
   */
  @Bean({"sendManualReminders", "sendManualRemindersDelegate"})
  JavaDelegate sendManualReminders(PlanService plans, PlanMails mails, RuntimeService runtime,
      TaskService tasks) {
    return (DelegateExecution execution) -> {
      String campaignId = (String) execution.getVariable(CAMPAIGN_ID);
      String occurrence = (String) execution.getVariable(MANUAL_REMINDER_ID);
      String note = (String) execution.getVariable(REMINDER_NOTE);
      List<String> orgCodes = plans.organisationsWithStatus(campaignId, AWAITING_SUBMISSION);
      for (String orgCode : orgCodes) {
        ProcessInstance plan = runtime.createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
            .processInstanceBusinessKey(campaignId + "/" + orgCode).singleResult();
        Task submit = tasks.createTaskQuery().processInstanceId(plan.getId())
            .taskDefinitionKey(PlanProcess.SUBMIT_TASK).singleResult();
        mails.remind(new PlanMails.Plan(plan.getId(), runtime.getVariables(plan.getId())),
            NotificationPurpose.MANUAL_REMINDER, occurrence, submit.getId(), note);
      }
      execution.setVariable(REMINDED_COUNT, orgCodes.size());
      // The next reminder starts from a blank form.
      execution.removeVariable(SEND_REMINDER);
      execution.removeVariable(REMINDER_NOTE);
    };
  }

  /** On completing 提前结束方案征集: the form checked, and who closed and why on record. */
  @Bean({"closeCollectionEarlyCompleted", "closeCollectionListener"})
  TaskListener closeCollectionEarlyCompleted(FormRules rules, CampaignRepository campaigns, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(CLOSE_FORM, task.getVariables());
      campaigns.markCollectionClosedEarly(values.text(CAMPAIGN_ID), currentUser.id(), values.text(CLOSE_REASON));
    };
  }

  /** 登记征集结果: plans per status, also as variables so that Cockpit shows them on the campaign. */
  @Bean({"recordCollectionResult", "recordCollectionResultDelegate"})
  JavaDelegate recordCollectionResult(CollectionService collection) {
    return (DelegateExecution execution) -> {
      var counts = collection.endCollection((String) execution.getVariable(CAMPAIGN_ID));
      for (PlanStatus status : PlanStatus.values()) {
        execution.setVariable(COLLECTED_PREFIX + status.name(), counts.getOrDefault(status, 0));
      }
      execution.setVariable(COLLECTION_SUMMARY, counts.entrySet().stream()
          .map(count -> count.getKey().label() + " " + count.getValue()).collect(Collectors.joining("，")));
    };
  }
}
