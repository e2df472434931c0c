package cn.org.cast.volunteer.demand;

/** A demand of the library as a service project sees it: its owner, status, project and result. */
public record ProjectDemand(long id, String title, String ownerCode, DemandStatus status, Long projectId,
    String result) {

  public String code() {
    return "D" + id;
  }
}
