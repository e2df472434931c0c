package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/** On completing 审核筹备工作方案: checks the decision on the server and records it with its reviewer. */
@Component
public class PlanReviewListener implements TaskListener {

  private final FormRules formRules;
  private final PlanService planService;
  private final CurrentUser currentUser;
  private final Deadlines deadlines;

  public PlanReviewListener(FormRules formRules, PlanService planService, CurrentUser currentUser,
      Deadlines deadlines) {
    this.formRules = formRules;
    this.planService = planService;
    this.currentUser = currentUser;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = FormValues.of(task.getVariables());
    formRules.enforce(REVIEW_FORM, values.asMap());
    ReviewOutcome outcome = ReviewOutcome.valueOf(values.text(REVIEW_DECISION));
    PlanStatus status = planService.decide(((Number) task.getVariable(PLAN_ID)).longValue(),
        task.getProcessInstanceId(), outcome.decision(), values.text(REVIEW_COMMENT), currentUser.id());
    task.setVariable(PLAN_STATUS, status.name());
    if (outcome == ReviewOutcome.RETURN) {
      // The revision has its own deadline, and the submit task's reminders follow it.
      task.setVariable(PLAN_DUE_AT, deadlines.revisionDue((Date) task.getVariable(PLAN_DUE_AT)));
    }
  }
}
