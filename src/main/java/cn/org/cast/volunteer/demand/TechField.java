package cn.org.cast.volunteer.demand;

/** The technical field a demand belongs to: the fixed list the library is filtered by. */
public enum TechField {
  ELECTRONICS_IT("电子信息"),
  BIOMEDICINE("生物医药"),
  NEW_MATERIALS("新材料"),
  ADVANCED_MANUFACTURING("先进制造"),
  NEW_ENERGY("新能源与节能"),
  MODERN_AGRICULTURE("现代农业"),
  RESOURCES_ENVIRONMENT("资源环境"),
  HEALTH_CARE("医疗健康"),
  PUBLIC_SAFETY("公共安全"),
  OTHER("其他");

  private final String label;

  TechField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
