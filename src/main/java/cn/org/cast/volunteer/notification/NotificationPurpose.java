package cn.org.cast.volunteer.notification;

/**
 * Why a message goes out, and the template that words it ({@code templates/mail/<template>.txt|html}).
 * Part of each message's idempotency key, so each purpose reaches a recipient once per occurrence.
 */
public enum NotificationPurpose {
  /** The campaign notice to a recipient organisation (seed N2). */
  NOTICE_ISSUED("notice-issued"),
  /** A plan not yet submitted, some working days before its deadline. */
  PLAN_REMINDER("plan-reminder"),
  /** The organiser's reminder to every organisation that has not submitted. */
  MANUAL_REMINDER("plan-reminder"),
  /** A plan's deadline passed without a submission; to the organisation and its leadership. */
  PLAN_OVERDUE("plan-overdue"),
  /** The organiser granted a new deadline. */
  PLAN_EXTENDED("plan-extended"),
  /** A review nearing its due date, to the reviewers. */
  REVIEW_REMINDER("review-reminder"),
  /** A review past its due date, to the reviewers' lead. */
  REVIEW_ESCALATION("review-escalation");

  private final String template;

  NotificationPurpose(String template) {
    this.template = template;
  }

  public String template() {
    return template;
  }
}
