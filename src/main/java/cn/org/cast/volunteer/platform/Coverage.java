package cn.org.cast.volunteer.platform;

import java.util.List;

/**
 * The pilot counties' coverage on a day: per county its centres and with whom each is paired. A county is
 * covered when it has civilization practice centres (中心、所、站) and every one of them is paired.
 */
record Coverage(int counties, int coveredCounties, int centres, int pairedCentres, int practiceCentres,
    int pairedPracticeCentres, List<County> rows) {

  public record County(String code, String name, String province, List<CentreLine> centres, boolean covered) {

    public String state() {
      if (centres.stream().noneMatch(CentreLine::civilizationPractice)) {
        return "未登记文明实践阵地";
      }
      return covered ? "已全覆盖" : "未全覆盖";
    }

    public long practiceCentres() {
      return centres.stream().filter(CentreLine::civilizationPractice).count();
    }

    public long pairedPracticeCentres() {
      return centres.stream().filter(line -> line.civilizationPractice() && line.paired()).count();
    }

    public long partyMassCentres() {
      return centres.size() - practiceCentres();
    }

    public long pairedPartyMassCentres() {
      return centres.stream().filter(line -> !line.civilizationPractice() && line.paired()).count();
    }
  }

  /** A centre of a pilot county, with the pairings in force ("J5 中国化学会"). */
  public record CentreLine(String countyCode, String countyName, String code, String name, String kind,
      boolean civilizationPractice, List<String> pairedWith) {

    public boolean paired() {
      return !pairedWith.isEmpty();
    }
  }

  /** Every centre of the pilot counties that nobody is paired with. */
  public List<CentreLine> unpaired() {
    return rows.stream().flatMap(county -> county.centres().stream()).filter(line -> !line.paired()).toList();
  }
}
