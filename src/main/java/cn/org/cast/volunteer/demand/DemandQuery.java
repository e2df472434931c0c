package cn.org.cast.volunteer.demand;

import java.util.Set;

import cn.org.cast.volunteer.team.ServiceField;

/**
 * What the library is asked for: words in the title, description or submitter, and the filters; every part
 * optional. Without a status it is the library itself (accepted, in a project, served).
 */
record DemandQuery(String text, TechField techField, String region, ServiceField serviceKind, Boolean keyCore,
    DemandStatus status, String ownerCode) {

  public Set<DemandStatus> statuses() {
    return status == null ? DemandStatus.LIBRARY : Set.of(status);
  }
}
