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
  CLOSE(PlanStatus.CLOSED),
  /** The deadline passed without a submission (recorded by the system). */
  OVERDUE(PlanStatus.OVERDUE),
  /** The organiser granted a new deadline. */
  EXTEND(PlanStatus.EXTENDED),
  /** The organiser closed an overdue plan as not submitted. */
  CLOSE_UNSUBMITTED(PlanStatus.NOT_SUBMITTED);

  private final PlanStatus resultingStatus;

  PlanDecision(PlanStatus resultingStatus) {
    this.resultingStatus = resultingStatus;
  }

  public PlanStatus resultingStatus() {
    return resultingStatus;
  }
}
