package cn.org.cast.volunteer.review;

import cn.org.cast.volunteer.plan.PlanDecision;

/** The reviewer's choices on forms/plan-review.form; the gateway 审核结论 routes on them. */
public enum ReviewOutcome {
  APPROVE(PlanDecision.APPROVE),
  RETURN(PlanDecision.RETURN),
  REJECT(PlanDecision.REJECT);

  private final PlanDecision decision;

  ReviewOutcome(PlanDecision decision) {
    this.decision = decision;
  }

  public PlanDecision decision() {
    return decision;
  }
}
