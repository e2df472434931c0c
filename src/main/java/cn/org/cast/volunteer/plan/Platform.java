package cn.org.cast.volunteer.plan;

/** Kinds of grassroots platform a plan docks with, and of sub-venue (seed T2, K2). */
public enum Platform {
  /** 党群服务中心 */
  PARTY_MASS_SERVICE_CENTER,
  /** 新时代文明实践中心 */
  CIVILIZATION_PRACTICE_CENTER,
  /** 企业 */
  ENTERPRISE,
  /** 产业园区 */
  INDUSTRIAL_PARK,
  /** 社区 */
  COMMUNITY,
  /** 乡村 */
  VILLAGE,
  /** 学校或科研院所 */
  SCHOOL_OR_INSTITUTE,
  /** 其他 */
  OTHER;
}
