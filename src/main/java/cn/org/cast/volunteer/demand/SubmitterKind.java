package cn.org.cast.volunteer.demand;

/** Who raises a demand (seed T3: demand-side research at enterprises, parks, communities and villages). */
public enum SubmitterKind {
  ENTERPRISE("企业"),
  PARK("园区"),
  COMMUNITY("社区"),
  VILLAGE("乡村");

  private final String label;

  SubmitterKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
