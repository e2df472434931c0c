package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;

/**
 * The plan a task's form names is the plan our tables bind to the task's process instance: checked with
 * the form's rules on every way in (so the REST API refuses a forged plan id with 400 before the engine
 * runs), and again by {@link PlanService} when the listener records the submission or decision.
 */
@Configuration
class PlanRecordRules {

  static final String MISMATCH = "方案编号与当前流程的方案档案不一致，不能办理。请从本单位的任务列表中重新打开任务后提交。";

  @Bean
  SubmissionRule planRecordRule(PlanRepository plans) {
    return new BindingRule(Set.of(SUBMISSION_FORM, REVIEW_FORM, OVERDUE_FORM), plans);
  }

  /** Checked before the form's other rules, which read the plan the values name. */
  private record BindingRule(Set<String> formIds, PlanRepository plans) implements SubmissionRule, Ordered {

    @Override
    public List<FieldViolation> check(String processInstanceId, FormValues values) {
      return bound(plans, processInstanceId, values.raw(PLAN_ID)) ? List.of()
          : List.of(new FieldViolation(PLAN_ID, MISMATCH));
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  static boolean bound(PlanRepository plans, String processInstanceId, Object planId) {
    return processInstanceId != null && planId instanceof Number id
        && plans.findByProcessInstance(processInstanceId).filter(plan -> plan.id() == id.longValue()).isPresent();
  }
}
