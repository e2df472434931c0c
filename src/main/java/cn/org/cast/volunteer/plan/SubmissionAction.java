package cn.org.cast.volunteer.plan;

/** What the organisation does on its submit task. */
public enum SubmissionAction {
  /** 提交方案 */
  SUBMIT,
  /** 本单位不参加（撤回） */
  WITHDRAW
}
