package cn.org.cast.volunteer.plan;

/** A decision on a plan, kept with who made it and when. */
public enum PlanDecision {
  /** The organisation declines to take part. */
  WITHDRAW(PlanStatus.WITHDRAWN),
  APPROVE(PlanStatus.APPROVED),
  /** Returned to the organisation for revision, with comments. */
  RETURN(PlanStatus.RETURNED),
  REJECT(PlanStatus.REJECTED),
  /** Still open when the organiser closed collection early. */
  CLOSE(PlanStatus.CLOSED);

  private final PlanStatus resultingStatus;

  PlanDecision(PlanStatus resultingStatus) {
    this.resultingStatus = resultingStatus;
  }

  public PlanStatus resultingStatus() {
    return resultingStatus;
  }
}
