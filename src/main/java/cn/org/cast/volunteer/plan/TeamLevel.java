package cn.org.cast.volunteer.plan;

/** The level of a volunteer team in the corps hierarchy (seed T1). */
public enum TeamLevel {
  /** 全国学会科技志愿服务总队（表单中“全国学会总队”） */
  NATIONAL_SOCIETY_CORPS,
  /** 省级科协科技志愿服务总队（表单中“省级科协总队”） */
  PROVINCIAL_CORPS,
  /** 分支机构或下级学会服务队 */
  BRANCH_TEAM,
  /** 基层科技志愿服务队（表单中“基层服务队”） */
  GRASSROOTS_TEAM;
}
