package cn.org.cast.volunteer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.security.Groups;

/**
 * The coverage report over a generated set of 50 counties and their centres, some paired (one centre twice),
 * some paired no longer, refused or still waiting: the exact counts, and which centres it lists as unpaired.
 */
@AppTest
// One generated set for the whole class: the tests only read it.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageReportTest {

  private static final LocalDate DAY = LocalDate.of(2030, 6, 1);
  private static final String[] PROVINCES = {"北京", "湖北", "四川"};

  @Autowired
  JdbcClient jdbc;
  @Autowired
  CentreRepository centres;
  @Autowired
  PairingRepository pairings;
  @Autowired
  CoverageService coverage;

  private final List<PilotCounty> counties = new ArrayList<>();
  /** Per county: its civilization practice centre, station and first Party-mass service centre (null where none). */
  private final List<Centre> practiceCentres = new ArrayList<>();
  private final List<Centre> stations = new ArrayList<>();
  private final List<Centre> partyMass = new ArrayList<>();

  /**
   * Counties 0–44 have a civilization practice centre, the even ones of them a station too; 45–49 have none.
   * Every county has a Party-mass service centre, every third a second one: 45 + 23 + 50 + 17 = 135 centres.
   * In force: the practice centres of 0–29 (county 0's with two societies), the stations of 0–18, the Party-mass
   * centres of 0–9. Covered: 0–19, and the odd ones of 20–29 (no station): 25 counties.
   */
  @BeforeAll
  void fiftyGeneratedCountiesWithTheirCentres() {
    // Codes no earlier run used, so a database kept between runs changes nothing here.
    String highest = jdbc.sql("SELECT MAX(county_code) FROM grassroots_centre WHERE county_code LIKE '9%'")
        .query(String.class).optional().orElse(null);
    int first = highest == null ? 900_000 : Integer.parseInt(highest) + 1;
    for (int i = 0; i < 50; i++) {
      PilotCounty county = new PilotCounty(String.valueOf(first + i), "生成县" + i, PROVINCES[i % PROVINCES.length]);
      counties.add(county);
      practiceCentres.add(i < 45 ? centre(county, CentreKind.CIVILIZATION_PRACTICE_CENTRE, "文明实践中心") : null);
      stations.add(i < 45 && i % 2 == 0 ? centre(county, CentreKind.CIVILIZATION_PRACTICE_STATION, "某村文明实践站") : null);
      partyMass.add(centre(county, CentreKind.PARTY_MASS_SERVICE_CENTRE, "党群服务中心"));
      if (i % 3 == 0) {
        centre(county, CentreKind.PARTY_MASS_SERVICE_CENTRE, "第二党群服务中心");
      }
    }
    for (int i = 0; i < 30; i++) {
      pair(practiceCentres.get(i), "N006", PairingStatus.ACTIVE, DAY.plusYears(1));
    }
    pair(practiceCentres.get(0), "N043", PairingStatus.ACTIVE, DAY);
    for (int i = 0; i < 20; i += 2) {
      pair(stations.get(i), "N043", PairingStatus.ACTIVE, DAY.plusYears(1));
    }
    for (int i = 0; i < 10; i++) {
      pair(partyMass.get(i), "N001", PairingStatus.ACTIVE, DAY.plusYears(1));
    }
    pair(practiceCentres.get(30), "N006", PairingStatus.ACTIVE, DAY.minusDays(1));
    pair(practiceCentres.get(31), "N006", PairingStatus.REJECTED, DAY.plusYears(1));
    pair(practiceCentres.get(32), "N006", PairingStatus.REQUESTED, DAY.plusYears(1));
  }

  @Test
  void countsCoveredCountiesAndPairedCentresExactly() {
    Coverage report = coverage.report(counties, DAY);

    assertThat(report.counties()).isEqualTo(50);
    assertThat(report.coveredCounties()).isEqualTo(25);
    assertThat(report.centres()).isEqualTo(135);
    assertThat(report.pairedCentres()).isEqualTo(30 + 10 + 10);
    assertThat(report.practiceCentres()).isEqualTo(45 + 23);
    assertThat(report.pairedPracticeCentres()).isEqualTo(30 + 10);
    assertThat(report.rows()).filteredOn(Coverage.County::covered).extracting(Coverage.County::name)
        .containsExactlyElementsOf(covered());
    assertThat(report.rows()).extracting(Coverage.County::state).containsOnly("已全覆盖", "未全覆盖", "未登记文明实践阵地");
    assertThat(report.rows().subList(45, 50)).extracting(Coverage.County::state).containsOnly("未登记文明实践阵地");
    assertThat(report.rows().get(0).centres()).filteredOn(line -> line.code().equals(practiceCentres.get(0).code()))
        .singleElement().satisfies(line -> assertThat(line.pairedWith()).hasSize(2).anyMatch(who -> who.endsWith("中国化学会"))
            .anyMatch(who -> who.endsWith("中国机械工程学会")));
  }

  @Test
  void listsEveryCentreNobodyIsPairedWithToday() {
    Coverage report = coverage.report(counties, DAY);

    assertThat(report.unpaired()).hasSize(135 - 50);
    assertThat(report.unpaired()).extracting(Coverage.CentreLine::code)
        .contains(practiceCentres.get(30).code(), practiceCentres.get(31).code(), practiceCentres.get(32).code(),
            stations.get(20).code(), stations.get(22).code(), partyMass.get(10).code())
        .doesNotContain(practiceCentres.get(0).code(), practiceCentres.get(29).code(), stations.get(18).code(),
            partyMass.get(9).code());
    assertThat(coverage.report(counties, DAY.plusYears(1).plusDays(1)).pairedCentres()).as("once the pairings ended")
        .isZero();
  }

  @Test
  void theWorkbookHasTheCountiesEveryCentreAndTheUnpairedOnes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    coverage.workbook(coverage.report(counties, DAY), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet counties = workbook.getSheet("试点县覆盖");
      assertThat(counties.getLastRowNum()).isEqualTo(50);
      assertThat(counties.getRow(1).getCell(1).getStringCellValue()).isEqualTo("生成县0");
      assertThat(counties.getRow(1).getCell(8).getStringCellValue()).isEqualTo("已全覆盖");
      assertThat(workbook.getSheet("阵地结对明细").getLastRowNum()).isEqualTo(135);
      assertThat(workbook.getSheet("未结对阵地").getLastRowNum()).isEqualTo(85);
    }
  }

  private static List<String> covered() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      if (i < 20 || i % 2 == 1) {
        names.add("生成县" + i);
      }
    }
    return names;
  }

  private Centre centre(PilotCounty county, CentreKind kind, String name) {
    long id = centres.register(new CentreRegistration(county.name() + name, kind, county.province(), county.code(),
        county.name(), "县城中心路1号", "阵地联系人", "13800138000"), "organizer");
    return centres.find(id).orElseThrow();
  }

  private void pair(Centre centre, String orgCode, PairingStatus status, LocalDate endsOn) {
    long id = pairings.request(centre.id(), orgCode, null, new PairingRequest(centre.code(), PairingParty.ORGANIZATION,
        null, "定期开展科普讲座和技术培训。", "张联络", "13812345678", DAY.minusYears(1), endsOn), Groups.ORGANIZERS,
        "organizer");
    if (status != PairingStatus.REQUESTED) {
      pairings.decide(id, status, "organizer", null);
    }
  }
}
