package cn.org.cast.volunteer.demand;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a demand stands: waiting for triage, in the library, merged into a duplicate, declined; then
 * taken on by a service project and served (those two are set by the service-project package).
 */
public enum DemandStatus {
  SUBMITTED("待分拣"),
  ACCEPTED("已入库"),
  MERGED("已合并"),
  DECLINED("不予受理"),
  IN_PROJECT("项目服务中"),
  SERVED("已完成服务");

  /** What the library shows unless asked for another status. */
  public static final Set<DemandStatus> LIBRARY = EnumSet.of(ACCEPTED, IN_PROJECT, SERVED);

  private final String label;

  DemandStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Whether another demand may be merged into one in this status. */
  public boolean takesDuplicates() {
    return this != MERGED && this != DECLINED;
  }
}
