package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The steps of preparationPlan up to its review, each named after its element. The second names are those of
 * models deployed before this version, whose instances still run.
 */
@Configuration
class PlanDelegates {

  /** 建立方案档案: the roster's plan linked to this instance, the host organisation pre-filled. */
  @Bean({"openPlan", "openPlanDelegate"})
  JavaDelegate openPlan(PlanService plans) {
    return (DelegateExecution execution) -> {
      PlanService.OpenedPlan plan = plans.open((String) execution.getVariable(CAMPAIGN_ID),
          (String) execution.getVariable(ORG_CODE), execution.getProcessInstanceId());
      execution.setVariable(PLAN_ID, plan.planId());
      execution.setVariable(HOST_ORGANIZATION, plan.hostOrganization());
      execution.setVariable(PLAN_STATUS, PlanStatus.NOT_STARTED.name());
      execution.setVariable(REVISION, 0);
    };
  }

  /**
   * On creating a plan task: the organisation's name and the campaign copied onto the task itself. Tasklist
   * shows a filter's variables on each task in the list, but a submitter or reviewer may read only the task,
   * not the whole process instance; task variables are what they can see.
   */
  @Bean({"planTaskCreated", "planTaskLabelsListener"})
  TaskListener planTaskCreated() {
    return (DelegateTask task) -> {
      task.setVariableLocal(HOST_ORGANIZATION, task.getVariable(HOST_ORGANIZATION));
      task.setVariableLocal(CAMPAIGN_ID, task.getVariable(CAMPAIGN_ID));
    };
  }

  /**
   * On completing 提交筹备工作方案: the form's rules checked and the new revision (or the withdrawal) on record in
   * the same transaction, so a rejected submission leaves the task open and unchanged.
   */
  @Bean({"submitPlanCompleted", "planSubmissionListener"})
  TaskListener submitPlanCompleted(FormRules rules, List<SubmissionRule> submissionRules, PlanService plans,
      CurrentUser currentUser, Deadlines deadlines, Clock clock) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(SUBMISSION_FORM, task.getVariables());
      for (SubmissionRule rule : submissionRules) {
        if (rule.formIds().contains(SUBMISSION_FORM)) {
          List<FieldViolation> violations = rule.check(task.getProcessInstanceId(), values);
          if (!violations.isEmpty()) {
            throw new SubmissionRejectedException(violations);
          }
        }
      }
      long planId = ((Number) task.getVariable(PLAN_ID)).longValue();
      if (SubmissionAction.WITHDRAW.name().equals(values.text(SUBMISSION_ACTION))) {
        PlanStatus status = plans.decide(planId, task.getProcessInstanceId(), PlanDecision.WITHDRAW,
            values.text(WITHDRAW_REASON), currentUser.id());
        task.setVariable(PLAN_STATUS, status.name());
        return;
      }
      OffsetDateTime now = OffsetDateTime.now(clock);
      PlanSubmission submission = PlanSubmission.from(values, values.text(HOST_ORGANIZATION));
      int revision = plans.submit(planId, task.getProcessInstanceId(), submission, currentUser.id(), now);
      task.setVariable(REVISION, revision);
      task.setVariable(SUBMITTED_AT, Date.from(now.toInstant()));
      task.setVariable(PLAN_STATUS, PlanStatus.SUBMITTED.name());
      task.setVariable(REVIEW_DUE_AT, deadlines.reviewDue());
      // Each revision is reviewed afresh; earlier decisions and comments stay in the plan's history.
      task.removeVariable(REVIEW_DECISION);
      task.removeVariable(REVIEW_COMMENT);
    };
  }

  /**
   * 发送报送提醒 (sendFirstReminder, sendSecondReminder, sendDeadlineDayReminder): one of the configured reminders
   * before the deadline (input {@code reminderOrdinal}).
   */
  @Bean({"sendPlanReminder", "planReminderDelegate"})
  JavaDelegate sendPlanReminder(PlanMails mails, TaskService tasks) {
    return (DelegateExecution execution) -> {
      Task submitTask = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(SUBMIT_TASK).singleResult();
      PlanMails.Plan plan = new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables());
      mails.remind(plan, NotificationPurpose.PLAN_REMINDER,
          plan.dueKey() + "#" + execution.getVariable(REMINDER_ORDINAL),
          submitTask == null ? null : submitTask.getId(), null);
    };
  }

  /** 标记逾期并通知: the deadline passed without a submission. */
  @Bean({"markPlanOverdue", "planOverdueDelegate"})
  JavaDelegate markPlanOverdue(PlanService plans, PlanMails mails) {
    return (DelegateExecution execution) -> {
      PlanStatus status = plans.decide(((Number) execution.getVariable(PLAN_ID)).longValue(),
          execution.getProcessInstanceId(), PlanDecision.OVERDUE, "报送截止时间已过，尚未提交", null);
      execution.setVariable(PLAN_STATUS, status.name());
      mails.overdue(new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables()));
    };
  }

  /**
   * On completing 处理逾期方案: the organiser's decision on record; an extension becomes the plan's new deadline,
   * from which the submit task's due date and reminders are scheduled again.
   */
  @Bean({"handleOverduePlanCompleted", "overduePlanListener"})
  TaskListener handleOverduePlanCompleted(FormRules rules, PlanService plans, Deadlines deadlines,
      CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(OVERDUE_FORM, task.getVariables());
      OverdueDecision decision = OverdueDecision.valueOf(values.text(OVERDUE_DECISION));
      String note = decision == OverdueDecision.EXTEND
          ? "延期至 " + values.text(NEW_DEADLINE) + (values.has(OVERDUE_REASON) ? "：" + values.text(OVERDUE_REASON) : "")
          : values.text(OVERDUE_REASON);
      PlanStatus status = plans.decide(((Number) task.getVariable(PLAN_ID)).longValue(),
          task.getProcessInstanceId(), decision.decision(), note, currentUser.id());
      task.setVariable(PLAN_STATUS, status.name());
      if (decision == OverdueDecision.EXTEND) {
        task.setVariable(PLAN_DUE_AT, deadlines.deadlineOn(values.date(NEW_DEADLINE)));
      }
    };
  }

  /** 通知延期: the organisation told its new deadline (the submit task's reminders follow it on their own). */
  @Bean({"extendPlanDeadline", "planExtendedDelegate"})
  JavaDelegate extendPlanDeadline(PlanMails mails) {
    return (DelegateExecution execution) -> {
      mails.extended(new PlanMails.Plan(execution.getProcessInstanceId(), execution.getVariables()));
      // The next time a deadline passes, the organiser decides afresh.
      execution.removeVariable(OVERDUE_DECISION);
      execution.removeVariable(NEW_DEADLINE);
      execution.removeVariable(OVERDUE_REASON);
    };
  }
}
