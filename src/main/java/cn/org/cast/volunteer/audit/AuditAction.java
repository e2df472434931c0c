package cn.org.cast.volunteer.audit;

/** What the audit log records. */
enum AuditAction {
  LOGIN("登录"),
  LOGIN_FAILED("登录失败"),
  PROCESS_STARTED("发起流程"),
  TASK_COMPLETED("办理任务"),
  DOWNLOAD("下载");

  private final String label;

  AuditAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
