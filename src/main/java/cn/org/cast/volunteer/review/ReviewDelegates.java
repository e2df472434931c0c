package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The steps of a plan's review, each named after its element. The second names are those of models deployed
 * before this version, whose instances still run.
 */
@Configuration
class ReviewDelegates {

  /** The input that tells 审核到期提醒 from 审核逾期升级. */
  private static final String PURPOSE_INPUT = "reminderPurpose";

  /** On completing 审核筹备工作方案: the decision checked and on record with its reviewer. */
  @Bean({"reviewPlanCompleted", "planReviewListener"})
  TaskListener reviewPlanCompleted(FormRules rules, PlanService plans, CurrentUser currentUser, Deadlines deadlines) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(REVIEW_FORM, task.getVariables());
      ReviewOutcome outcome = ReviewOutcome.valueOf(values.text(REVIEW_DECISION));
      PlanStatus status = plans.decide(((Number) task.getVariable(PLAN_ID)).longValue(),
          task.getProcessInstanceId(), outcome.decision(), values.text(REVIEW_COMMENT), currentUser.id());
      task.setVariable(PLAN_STATUS, status.name());
      if (outcome == ReviewOutcome.RETURN) {
        // The revision has its own deadline, and the submit task's reminders follow it.
        task.setVariable(PLAN_DUE_AT, deadlines.revisionDue((Date) task.getVariable(PLAN_DUE_AT)));
      }
    };
  }

  /** 审核到期提醒 (sendReviewReminder) and 审核逾期升级 (escalateReview), told apart by their input. */
  @Bean({"remindOrEscalateReview", "reviewReminderDelegate"})
  JavaDelegate remindOrEscalateReview(ReviewMails mails) {
    return (DelegateExecution execution) -> mails.reviewDue(execution.getProcessInstanceId(),
        execution.getVariables(), NotificationPurpose.valueOf((String) execution.getVariable(PURPOSE_INPUT)));
  }
}
