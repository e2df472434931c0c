package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * On completing 提交筹备工作方案: the server checks the form's rules and records the new revision (or
 * the withdrawal) in the same transaction, so a rejected submission leaves the task open and unchanged.
 */
@Component
public class PlanSubmissionListener implements TaskListener {

  private final FormRules formRules;
  private final PlanService planService;
  private final CurrentUser currentUser;
  private final Deadlines deadlines;
  private final List<SubmissionRule> rules;

  public PlanSubmissionListener(FormRules formRules, PlanService planService, CurrentUser currentUser,
      Deadlines deadlines, List<SubmissionRule> rules) {
    this.formRules = formRules;
    this.planService = planService;
    this.currentUser = currentUser;
    this.deadlines = deadlines;
    this.rules = rules;
  }

  @Override
  public void notify(DelegateTask task) {
    FormValues values = FormValues.of(task.getVariables());
    formRules.enforce(SUBMISSION_FORM, values.asMap());
    for (SubmissionRule rule : rules) {
      if (rule.formIds().contains(SUBMISSION_FORM)) {
        List<FieldViolation> violations = rule.check(task.getProcessInstanceId(), values);
        if (!violations.isEmpty()) {
          throw new SubmissionRejectedException(violations);
        }
      }
    }
    long planId = ((Number) task.getVariable(PLAN_ID)).longValue();
    if (SubmissionAction.WITHDRAW.name().equals(values.text(SUBMISSION_ACTION))) {
      PlanStatus status = planService.decide(planId, task.getProcessInstanceId(), PlanDecision.WITHDRAW,
          values.text(WITHDRAW_REASON), currentUser.id());
      task.setVariable(PLAN_STATUS, status.name());
      return;
    }
    OffsetDateTime now = OffsetDateTime.now();
    PlanSubmission submission = PlanSubmission.from(values, values.text(HOST_ORGANIZATION));
    int revision = planService.submit(planId, task.getProcessInstanceId(), submission, currentUser.id(), now);
    task.setVariable(REVISION, revision);
    task.setVariable(SUBMITTED_AT, Date.from(now.toInstant()));
    task.setVariable(PLAN_STATUS, PlanStatus.SUBMITTED.name());
    task.setVariable(REVIEW_DUE_AT, deadlines.reviewDue());
    // Each revision is reviewed afresh; earlier decisions and comments stay in the plan's history.
    task.removeVariable(REVIEW_DECISION);
    task.removeVariable(REVIEW_COMMENT);
  }
}
