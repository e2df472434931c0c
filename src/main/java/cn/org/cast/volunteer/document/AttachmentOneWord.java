package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.springframework.stereotype.Component;

/** Attachment 1 as a Word document (.docx), its table laid out like the notice's. */
@Component
class AttachmentOneWord {

  private static final String FONT = "宋体";

  public void write(AttachmentOne attachment, OutputStream out) throws IOException {
    try (XWPFDocument word = new XWPFDocument()) {
      XWPFParagraph heading = word.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, AttachmentOne.TITLE, 16, true);

      XWPFTable main = word.createTable(attachment.rows().size() + 2, 2);
      main.setWidth("100%");
      int row = 0;
      for (AttachmentOne.Row field : attachment.rows()) {
        cell(main.getRow(row).getCell(0), field.label(), true);
        cell(main.getRow(row++).getCell(1), field.value(), false);
      }
      cell(main.getRow(row).getCell(0), "联系人", true);
      cell(main.getRow(row++).getCell(1), contactLine(attachment), false);
      cell(main.getRow(row).getCell(0), AttachmentOne.PLAN_TEXT_LABEL, true);
      cell(main.getRow(row).getCell(1), attachment.planText(), false);

      section(word, "拟组建或推荐的科技志愿服务队", AttachmentOne.TEAM_COLUMNS, attachment.teams());
      section(word, "分会场", AttachmentOne.VENUE_COLUMNS, attachment.venues());
      section(word, AttachmentOne.NOMINEES_TITLE, AttachmentOne.NOMINEE_COLUMNS, attachment.nominees());
      word.write(out);
    }
  }

  static String contactLine(AttachmentOne attachment) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < attachment.contactLabels().size(); i++) {
      line.append(attachment.contactLabels().get(i)).append("：").append(attachment.contacts().get(i)).append("　");
    }
    return line.toString().strip();
  }

  private static void section(XWPFDocument word, String title, List<String> columns, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    run(word.createParagraph(), title, 12, true);
    XWPFTable table = word.createTable(rows.size() + 1, columns.size());
    table.setWidth("100%");
    for (int c = 0; c < columns.size(); c++) {
      cell(table.getRow(0).getCell(c), columns.get(c), true);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        cell(table.getRow(r + 1).getCell(c), rows.get(r).get(c), false);
      }
    }
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold) {
    run(cell.getParagraphs().get(0), text, 11, bold);
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
  }
}
