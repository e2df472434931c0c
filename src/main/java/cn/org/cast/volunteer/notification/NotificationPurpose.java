package cn.org.cast.volunteer.notification;

/**
 * Why a message goes out, and the template that words it ({@code templates/mail/<template>.txt|html}).
 * Part of each message's idempotency key, so each purpose reaches a recipient once per occurrence.
 */
public enum NotificationPurpose {
  /** The campaign notice to a recipient organisation (seed N2). */
  NOTICE_ISSUED("notice-issued", "活动通知"),
  /** A plan not yet submitted, some working days before its deadline. */
  PLAN_REMINDER("plan-reminder", "截止前自动提醒"),
  /** The organiser's reminder to every organisation that has not submitted. */
  MANUAL_REMINDER("plan-reminder", "组织者催报"),
  /** A plan's deadline passed without a submission; to the organisation and its leadership. */
  PLAN_OVERDUE("plan-overdue", "逾期通知"),
  /** The organiser granted a new deadline. */
  PLAN_EXTENDED("plan-extended", "延期通知"),
  /** A review nearing its due date, to the reviewers. */
  REVIEW_REMINDER("review-reminder", "审核提醒"),
  /** A review past its due date, to the reviewers' lead. */
  REVIEW_ESCALATION("review-escalation", "审核逾期升级"),
  /** Scoring tasks still open shortly before their due date, one mail per reviewer. */
  SCORING_REMINDER("scoring-reminder", "评分提醒"),
  /** The published selection: each of the organisation's candidates and its outcome, once per campaign. */
  SELECTION_RESULT("selection-result", "遴选结果通知"),
  /** Flag recipients whose representative is not confirmed, shortly before the due date; one mail per organisation. */
  REPRESENTATIVE_REMINDER("representative-reminder", "受旗代表确认提醒"),
  /** Representatives still unconfirmed at the due date: to the organisation and its leadership, and the ceremony team. */
  REPRESENTATIVE_OVERDUE("representative-overdue", "受旗代表逾期升级"),
  /** A service project's progress report not yet in, shortly before its due date; to the owning association. */
  PROJECT_REPORT_REMINDER("project-report-reminder", "项目进展报告提醒"),
  /** A progress report past its due date: to the owning association and its leadership. */
  PROJECT_REPORT_OVERDUE("project-report-overdue", "项目进展报告逾期");

  private final String template;
  private final String label;

  NotificationPurpose(String template, String label) {
    this.template = template;
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String template() {
    return template;
  }
}
