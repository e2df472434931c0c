package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.export.Spreadsheet.Column.integer;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.text;
import static cn.org.cast.volunteer.export.Spreadsheet.Column.yesNo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.export.Spreadsheet;
import cn.org.cast.volunteer.export.Spreadsheet.Column;

/** Which centres of the pilot counties are paired and which are not (seed T2's full coverage), and its Excel export. */
@Service
class CoverageService {

  private static final List<Column<Coverage.County>> COUNTIES = List.of(
      text("县（市、区）代码", 10, Coverage.County::code),
      text("县（市、区）", 20, Coverage.County::name),
      text("省份", 10, Coverage.County::province),
      integer("文明实践阵地", Coverage.County::practiceCentres),
      integer("其中已结对", Coverage.County::pairedPracticeCentres),
      integer("党群服务中心", Coverage.County::partyMassCentres),
      integer("其中已结对", Coverage.County::pairedPartyMassCentres),
      yesNo("已全覆盖", Coverage.County::covered),
      text("覆盖情况", 16, Coverage.County::state));

  private static final List<Column<Coverage.CentreLine>> CENTRES = List.of(
      text("县（市、区）代码", 10, Coverage.CentreLine::countyCode),
      text("县（市、区）", 20, Coverage.CentreLine::countyName),
      text("阵地编号", 10, Coverage.CentreLine::code),
      text("阵地名称", 30, Coverage.CentreLine::name),
      text("类型", 18, Coverage.CentreLine::kind),
      yesNo("已结对", Coverage.CentreLine::paired),
      text("结对单位或服务队", 50, line -> String.join("；", line.pairedWith())));

  private final CentreRepository centres;
  private final CentreService centreService;

  CoverageService(CentreRepository centres, CentreService centreService) {
    this.centres = centres;
    this.centreService = centreService;
  }

  /** The coverage of these counties on the day: pairings approved and not ended count. */
  public Coverage report(List<PilotCounty> counties, LocalDate day) {
    List<Centre> found = centres.inCounties(counties.stream().map(PilotCounty::code).toList());
    Map<Long, List<String>> partners = centreService.partners(found, day);
    Map<String, List<Coverage.CentreLine>> byCounty = found.stream().collect(Collectors.groupingBy(Centre::countyCode,
        Collectors.mapping(centre -> new Coverage.CentreLine(centre.countyCode(), centre.countyName(), centre.code(),
            centre.name(), centre.kind().label(), centre.kind().civilizationPractice(),
            partners.getOrDefault(centre.id(), List.of())), Collectors.toList())));
    List<Coverage.County> rows = counties.stream().map(county -> {
      List<Coverage.CentreLine> lines = byCounty.getOrDefault(county.code(), List.of());
      List<Coverage.CentreLine> practice = lines.stream().filter(Coverage.CentreLine::civilizationPractice).toList();
      boolean covered = !practice.isEmpty() && practice.stream().allMatch(Coverage.CentreLine::paired);
      return new Coverage.County(county.code(), county.name(), county.province(), lines, covered);
    }).toList();
    List<Coverage.CentreLine> all = rows.stream().flatMap(row -> row.centres().stream()).toList();
    return new Coverage(rows.size(), (int) rows.stream().filter(Coverage.County::covered).count(), all.size(),
        (int) all.stream().filter(Coverage.CentreLine::paired).count(),
        (int) all.stream().filter(Coverage.CentreLine::civilizationPractice).count(),
        (int) all.stream().filter(line -> line.civilizationPractice() && line.paired()).count(), rows);
  }

  public void workbook(Coverage coverage, OutputStream out) throws IOException {
    new Spreadsheet()
        .sheet("试点县覆盖", COUNTIES, coverage.rows())
        .sheet("阵地结对明细", CENTRES, coverage.rows().stream().flatMap(row -> row.centres().stream()).toList())
        .sheet("未结对阵地", CENTRES, coverage.unpaired())
        .write(out);
  }
}
