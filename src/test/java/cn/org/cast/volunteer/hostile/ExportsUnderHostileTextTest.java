package cn.org.cast.volunteer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.ceremony.ProgrammeKind;
import cn.org.cast.volunteer.ceremony.RunningOrder;
import cn.org.cast.volunteer.ceremony.RunningOrderWorkbook;
import cn.org.cast.volunteer.publication.PublishedLine;
import cn.org.cast.volunteer.publication.PublishedWorkbook;
import cn.org.cast.volunteer.selection.Pool;

/**
 * Text people typed reaches the Excel exports as text: a name like {@code =cmd|' /C calc'!A0} is a
 * string cell shown as typed, never a formula Excel would run.
 */
class ExportsUnderHostileTextTest {

  static final List<String> TYPED = List.of("=cmd|' /C calc'!A0", "+SUM(1,1)", "-2+3", "@SUM(A1)",
      "=HYPERLINK(\"http://example.org\",\"点击\")", "<script>alert(1)</script>", "${7*7}");

  @Test
  void theSelectionListsKeepTypedFormulasAsText() throws Exception {
    List<PublishedLine> lines = new ArrayList<>();
    for (int i = 0; i < TYPED.size(); i++) {
      lines.add(new PublishedLine(Pool.TEAM, i + 1, TYPED.get(i), "N001", TYPED.get(i), TYPED.get(i), 80, "入选"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PublishedWorkbook().write("活动", lines, out);
    assertTextOnly(out.toByteArray());
  }

  @Test
  void theRunningOrderKeepsTypedFormulasAsText() throws Exception {
    List<RunningOrder.Flag> flags = new ArrayList<>();
    for (int i = 0; i < TYPED.size(); i++) {
      flags.add(new RunningOrder.Flag(i + 1, "学会", TYPED.get(i), TYPED.get(i), TYPED.get(i), TYPED.get(i), TYPED.get(i)));
    }
    RunningOrder order = new RunningOrder("c", "活动", LocalDate.of(2019, 5, 30), TYPED.get(0), List.of(
        new RunningOrder.Item(1, LocalTime.of(9, 30), 5, ProgrammeKind.FLAG_BATCH, TYPED.get(1), TYPED.get(2), flags,
            null, null),
        new RunningOrder.Item(2, LocalTime.of(9, 35), 3, ProgrammeKind.INTERVIEW, TYPED.get(4), TYPED.get(3), List.of(),
            null, null)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RunningOrderWorkbook().write(order, out);
    assertTextOnly(out.toByteArray());
  }

  private static void assertTextOnly(byte[] xlsx) throws Exception {
    List<String> texts = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              texts.add(cell.getStringCellValue());
            }
          }
        }
      }
    }
    assertThat(texts).as("every typed text, as typed").containsAll(TYPED.subList(0, 5));
  }
}
