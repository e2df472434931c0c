package cn.org.cast.volunteer.plan;

/** The organiser's choices on forms/overdue-plan.form (处理逾期方案). */
public enum OverdueDecision {
  /** 延长报送期限 */
  EXTEND(PlanDecision.EXTEND),
  /** 按未报送关闭 */
  CLOSE(PlanDecision.CLOSE_UNSUBMITTED);

  private final PlanDecision decision;

  OverdueDecision(PlanDecision decision) {
    this.decision = decision;
  }

  public PlanDecision decision() {
    return decision;
  }
}
