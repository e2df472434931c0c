package cn.org.cast.volunteer.ceremony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import cn.org.cast.volunteer.ceremony.RunningOrder.Flag;
import cn.org.cast.volunteer.ceremony.RunningOrder.Item;

/** The running order in Excel, PDF and Word, read back: the same programme and flags in each. */
class RunningOrderExportsTest {

  static final String CAMPAIGN = "2025年全国科技志愿服务行动";

  /** Opening, launch, the corps flag, two flag batches (one representative not yet confirmed), a venue link, closing. */
  static RunningOrder order() {
    List<Flag> first = List.of(
        new Flag(1, "学会", "中国化学会科技志愿服务队", "中国化学会", "李明", "秘书长", "王建国"),
        new Flag(2, "学会", "中国天文学会科技志愿服务队", "中国天文学会", "赵敏", "副理事长", "王建国"),
        new Flag(3, "科技志愿服务队", "中关村科学城科技志愿服务队", "北京市海淀区科协", "陈晓", "队长", "王建国"));
    List<Flag> second = List.of(
        new Flag(1, "学会", "中国气象学会科技志愿服务队", "中国气象学会", null, null, "刘芳"),
        new Flag(2, "科技志愿服务队", "浦东新区科技志愿服务队", "上海市浦东新区科协", "孙磊", "副队长", "刘芳"));
    return new RunningOrder("c-2025", CAMPAIGN, LocalDate.of(2025, 6, 20), "张伟", List.of(
        item(1, "09:30", 2, ProgrammeKind.OPENING, "主持人介绍出席领导和嘉宾", "张伟", null),
        item(2, "09:32", 5, ProgrammeKind.LAUNCH, "启动2025年全国科技志愿服务行动", "中国科协领导", null),
        item(3, "09:37", 3, ProgrammeKind.CORPS_FLAG, "向中国科技志愿服务总队授旗", "中国科协领导", null),
        item(4, "09:40", 5, ProgrammeKind.FLAG_BATCH, "向科技志愿服务队授旗（第一批）", null, first),
        item(5, "09:45", 5, ProgrammeKind.FLAG_BATCH, "向科技志愿服务队授旗（第二批）", "刘芳", second),
        new Item(6, LocalTime.parse("09:50"), 10, ProgrammeKind.VENUE_LINK, "连线中关村科学城分会场", "张伟", null,
            "BJ-01", "中关村科学城分会场"),
        item(7, "10:00", 2, ProgrammeKind.CLOSING, "主持人宣布座谈会结束", "张伟", null)));
  }

  private static Item item(int position, String startsAt, int minutes, ProgrammeKind kind, String title,
      String presenter, List<Flag> flags) {
    return new Item(position, LocalTime.parse(startsAt), minutes, kind, title, presenter, flags, null, null);
  }

  @Test
  void theWorkbookListsTheProgrammeAndEveryFlagAcrossBatches() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RunningOrderWorkbook().write(order(), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet agenda = workbook.getSheet("议程");
      assertThat(cells(agenda.getRow(0)))
          .containsExactly("序号", "时间", "时长（分钟）", "环节", "内容", "授旗/主持/讲话人", "分会场");
      assertThat(workbook.getFontAt(agenda.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
      assertThat(agenda.getPaneInformation().isFreezePane()).isTrue();
      assertThat(agenda.getPhysicalNumberOfRows()).isEqualTo(1 + 7);
      assertThat(cells(agenda.getRow(1))).containsExactly("1", "09:30–09:32", "2", "开场", "主持人介绍出席领导和嘉宾", "张伟", "");
      assertThat(cells(agenda.getRow(4))).containsExactly("4", "09:40–09:45", "5", "授旗", "向科技志愿服务队授旗（第一批）",
          "王建国", "");
      assertThat(cells(agenda.getRow(6))).containsExactly("6", "09:50–10:00", "10", "分会场连线", "连线中关村科学城分会场",
          "张伟", "中关村科学城分会场");
      assertThat(agenda.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);

      Sheet flags = workbook.getSheet("授旗名单");
      assertThat(cells(flags.getRow(0)))
          .containsExactly("批次", "顺序", "类别", "受旗单位", "所属单位", "受旗代表", "职务", "授旗人");
      assertThat(flags.getPhysicalNumberOfRows()).isEqualTo(1 + 5);
      assertThat(cells(flags.getRow(3))).containsExactly("1", "3", "科技志愿服务队", "中关村科学城科技志愿服务队",
          "北京市海淀区科协", "陈晓", "队长", "王建国");
      assertThat(cells(flags.getRow(4))).containsExactly("2", "1", "学会", "中国气象学会科技志愿服务队", "中国气象学会",
          "待确认", "", "刘芳");
    }
  }

  @Test
  void thePdfPrintsTheProgrammeAndTheFlagsInChinese() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RunningOrderPdf().write(order(), out);

    PdfReader reader = new PdfReader(out.toByteArray());
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page));
      }
      assertThat(text.toString().replaceAll("\\s+", "")).contains(CAMPAIGN + "座谈会议程", "2025年6月20日", "主持人：张伟",
          "授旗/主持/讲话人", "09:30–09:32", "启动2025年全国科技志愿服务行动", "连线中关村科学城分会场", "授旗名单",
          "第1批", "第2批", "中国天文学会科技志愿服务队", "中国气象学会科技志愿服务队", "待确认", "浦东新区科技志愿服务队");
    } finally {
      reader.close();
    }
  }

  @Test
  void theWordDocumentHasThePdfsContentInAnEastAsianFont() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new RunningOrderWord().write(order(), out);

    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
         XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertThat(extractor.getText()).contains(CAMPAIGN + "座谈会议程", "2025年6月20日", "主持人：张伟", "授旗名单",
          "09:30–09:32", "向中国科技志愿服务总队授旗", "中关村科学城分会场", "待确认");
      List<XWPFTable> tables = word.getTables();
      assertThat(tables).hasSize(3);
      assertThat(tables.get(0).getNumberOfRows()).isEqualTo(1 + 7);
      assertThat(tables.get(0).getRow(0).isRepeatHeader()).isTrue();
      assertThat(tables.get(1).getNumberOfRows()).isEqualTo(1 + 3);
      assertThat(tables.get(2).getNumberOfRows()).isEqualTo(1 + 2);
      assertThat(tables.get(2).getRow(1).getCell(4).getText()).isEqualTo("待确认");
      XWPFRun title = word.getParagraphs().get(0).getRuns().get(0);
      assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
    }
  }

  private static List<String> cells(Row row) {
    return IntStream.range(0, row.getLastCellNum()).mapToObj(i -> switch (row.getCell(i).getCellType()) {
      case NUMERIC -> String.valueOf((int) row.getCell(i).getNumericCellValue());
      default -> row.getCell(i).getStringCellValue();
    }).toList();
  }
}
