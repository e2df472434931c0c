package cn.org.cast.volunteer.ceremony;

/** The order in which flags are presented. */
public enum FlagOrder {
  /** Societies first, then teams, each in the rank the committee approved. */
  RANK("按遴选排名（先学会、后服务队）"),
  /** Grouped by region in registry order, so a province's recipients go up together. */
  REGION("按地区"),
  /** A society and then a team of the same organisation where it has both. */
  HOST("按所属单位（学会与其服务队相邻）");

  private final String label;

  FlagOrder(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
