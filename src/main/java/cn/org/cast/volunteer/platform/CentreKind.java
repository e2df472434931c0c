package cn.org.cast.volunteer.platform;

/**
 * The grassroots platforms associations serve at (seed T2): Party-mass service centres, and New-Era
 * Civilization Practice Centres with their institutes (所, township) and stations (站, village).
 */
public enum CentreKind {
  PARTY_MASS_SERVICE_CENTRE("党群服务中心", false),
  CIVILIZATION_PRACTICE_CENTRE("新时代文明实践中心", true),
  CIVILIZATION_PRACTICE_INSTITUTE("新时代文明实践所", true),
  CIVILIZATION_PRACTICE_STATION("新时代文明实践站", true);

  private final String label;
  private final boolean civilizationPractice;

  CentreKind(String label, boolean civilizationPractice) {
    this.label = label;
    this.civilizationPractice = civilizationPractice;
  }

  public String label() {
    return label;
  }

  /** The pilot counties' goal is that every one of these is paired (full coverage). */
  public boolean civilizationPractice() {
    return civilizationPractice;
  }
}
