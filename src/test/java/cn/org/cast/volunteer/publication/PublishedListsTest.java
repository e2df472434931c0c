package cn.org.cast.volunteer.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.selection.Pool;

/** The published lists as Excel and PDF, for a pool of realistic size. */
class PublishedListsTest {

  static final String CAMPAIGN = "2019年全国科技志愿服务行动";

  /** 100 selected and 20 waitlisted per pool. */
  static List<PublishedLine> lines() {
    List<PublishedLine> lines = new ArrayList<>();
    for (Pool pool : Pool.values()) {
      for (int i = 1; i <= 120; i++) {
        boolean selected = i <= 100;
        lines.add(new PublishedLine(pool, selected ? i : i - 100, pool.label() + "候选" + i, "N" + i, "中国测试学会" + i,
            "北京市", 95 - i * 0.1, selected ? "入选" : "候补"));
      }
    }
    return lines;
  }

  @Test
  void theWorkbookHasASheetPerPoolWithEveryLineInOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PublishedWorkbook().write(CAMPAIGN, lines(), out);

    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
      Sheet teams = workbook.getSheet("科技志愿服务队");
      assertThat(teams.getRow(0).getCell(0).getStringCellValue()).isEqualTo(CAMPAIGN + " · 科技志愿服务队名单");
      assertThat(teams.getRow(1).getCell(5).getStringCellValue()).isEqualTo("结果");
      assertThat(teams.getLastRowNum()).isEqualTo(1 + 120);
      assertThat(teams.getRow(2).getCell(1).getStringCellValue()).isEqualTo("科技志愿服务队候选1");
      assertThat(teams.getRow(102).getCell(5).getStringCellValue()).isEqualTo("候补");
      assertThat(teams.getRow(102).getCell(0).getNumericCellValue()).isEqualTo(1.0);
    }
  }

  @Test
  void thePdfCarriesTheChineseListsInAnEmbeddedFont() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PublishedPdf().write(CAMPAIGN, lines(), out);

    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("学会名单", "分会场名单", "分会场候选120", "中国测试学会57", "候补");
    }
  }
}
