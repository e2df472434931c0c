package cn.org.cast.volunteer.honour;

/** What is nominated (seed T4): an advanced team, or a typical person serving in a team. */
public enum ModelKind {
  ADVANCED_TEAM("先进队伍"),
  TYPICAL_PERSON("典型人物");

  private final String label;

  ModelKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
