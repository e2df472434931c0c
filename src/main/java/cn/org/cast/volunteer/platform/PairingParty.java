package cn.org.cast.volunteer.platform;

/** Who pairs with the centre: the requesting organisation itself or one of its active teams. */
public enum PairingParty {
  ORGANIZATION("本单位"),
  TEAM("本单位的科技志愿服务队");

  private final String label;

  PairingParty(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
