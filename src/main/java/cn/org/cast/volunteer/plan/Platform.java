package cn.org.cast.volunteer.plan;

/** Kinds of grassroots platform a plan docks with, and of sub-venue (seed T2, K2). */
public enum Platform {
  PARTY_MASS_SERVICE_CENTER("党群服务中心"),
  CIVILIZATION_PRACTICE_CENTER("新时代文明实践中心"),
  ENTERPRISE("企业"),
  INDUSTRIAL_PARK("产业园区"),
  COMMUNITY("社区"),
  VILLAGE("乡村"),
  SCHOOL_OR_INSTITUTE("学校或科研院所"),
  OTHER("其他");

  private final String label;

  Platform(String label) {
    this.label = label;
  }

  /** The label the forms show. */
  public String label() {
    return label;
  }
}
