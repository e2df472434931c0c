package cn.org.cast.volunteer.dashboard;

import cn.org.cast.volunteer.plan.PlanStatus;

/**
 * Where a recipient stands, as the organiser's dashboard counts it: the plan's status, except that a
 * plan not yet submitted whose organisation has already uploaded files is a draft in progress.
 */
enum PlanState {
  NOT_STARTED("未开始"),
  DRAFT("填写中（已上传附件）"),
  SUBMITTED(PlanStatus.SUBMITTED.label()),
  RETURNED(PlanStatus.RETURNED.label()),
  APPROVED(PlanStatus.APPROVED.label()),
  REJECTED(PlanStatus.REJECTED.label()),
  OVERDUE(PlanStatus.OVERDUE.label()),
  EXTENDED(PlanStatus.EXTENDED.label()),
  WITHDRAWN(PlanStatus.WITHDRAWN.label()),
  NOT_SUBMITTED(PlanStatus.NOT_SUBMITTED.label()),
  CLOSED(PlanStatus.CLOSED.label());

  private final String label;

  PlanState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static PlanState of(PlanStatus status, boolean hasDocuments) {
    return status == PlanStatus.NOT_STARTED && hasDocuments ? DRAFT : valueOf(status.name());
  }

  /** Still waiting for the organisation to submit, with a deadline ahead or passed. */
  public boolean awaitsSubmission() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED || this == EXTENDED || this == OVERDUE;
  }
}
