package cn.org.cast.volunteer.team;

/** What a team mainly does: the kinds of service action the notice names (seed T3). */
public enum ServiceField {
  TECHNOLOGY_BREAKTHROUGH("技术攻关"),
  RESULT_TRANSFER("成果转化"),
  TALENT_TRAINING("人才培训"),
  THINK_TANK("智库咨询"),
  SCIENCE_POPULARIZATION("科学普及"),
  POVERTY_ALLEVIATION("科技助力精准扶贫");

  private final String label;

  ServiceField(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
