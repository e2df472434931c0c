package cn.org.cast.volunteer.ceremony;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Batch;
import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Column;

/**
 * The running order as a Word document (.docx) with the PDF's content, for the team that edits the
 * programme before it is printed.
 */
@Component
public class RunningOrderWord {

  private static final String FONT = "宋体";
  /** 小五, the usual size for a table in a Chinese document; narrow side margins keep 09:30–09:32 on one line. */
  private static final int CELL_FONT_SIZE = 9;
  private static final int CELL_SIDE_MARGIN = 57;
  /** A4 in twentieths of a point, with 1.8 cm margins: the width the tables share out. */
  private static final int PAGE_WIDTH = 11906;
  private static final int PAGE_HEIGHT = 16838;
  private static final int MARGIN = 1020;
  private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

  public void write(RunningOrder order, OutputStream out) throws IOException {
    try (XWPFDocument word = new XWPFDocument()) {
      XWPFParagraph heading = word.createParagraph();
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, RunningOrderFormat.title(order), 16, true);
      XWPFParagraph dateAndHost = word.createParagraph();
      dateAndHost.setAlignment(ParagraphAlignment.CENTER);
      dateAndHost.setSpacingAfter(200);
      run(dateAndHost, RunningOrderFormat.dateAndHost(order), 11, false);
      table(word, RunningOrderFormat.AGENDA_COLUMNS,
          order.items().stream().map(RunningOrderFormat::agendaCells).toList());

      List<Batch> batches = RunningOrderFormat.batches(order);
      if (!batches.isEmpty()) {
        XWPFParagraph flags = word.createParagraph();
        flags.setSpacingBefore(360);
        run(flags, RunningOrderFormat.FLAGS_TITLE, 13, true);
      }
      for (Batch batch : batches) {
        XWPFParagraph batchHeading = word.createParagraph();
        batchHeading.setSpacingBefore(200);
        batchHeading.setSpacingAfter(100);
        run(batchHeading, batch.heading(), 11, true);
        table(word, RunningOrderFormat.FLAG_COLUMNS,
            batch.flags().stream().map(RunningOrderFormat::flagCells).toList());
      }
      a4(word);
      word.write(out);
    }
  }

  /** A new document has no page size; Word would fall back to its locale's (often Letter). */
  private static void a4(XWPFDocument word) {
    CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
        : word.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(PAGE_WIDTH));
    size.setH(BigInteger.valueOf(PAGE_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
  }

  private static void table(XWPFDocument word, List<Column> columns, List<List<Object>> rows) {
    XWPFTable table = word.createTable(rows.size() + 1, columns.size());
    table.setWidth("100%");
    table.setCellMargins(0, CELL_SIDE_MARGIN, 0, CELL_SIDE_MARGIN);
    int total = columns.stream().mapToInt(Column::width).sum();
    int[] twips = columns.stream().mapToInt(column -> column.width() * TEXT_WIDTH / total).toArray();
    // Word and LibreOffice lay a table out by its grid, which POI leaves missing or a single column wide.
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : twips) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    for (int c = 0; c < columns.size(); c++) {
      XWPFTableCell cell = header.getCell(c);
      cell.setColor("EEEEEE");
      cell(cell, columns.get(c).name(), twips[c], true);
      cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        Object value = rows.get(r).get(c);
        XWPFTableCell cell = table.getRow(r + 1).getCell(c);
        cell(cell, RunningOrderFormat.text(value), twips[c], false);
        if (value instanceof Number) {
          cell.getParagraphs().get(0).setAlignment(ParagraphAlignment.CENTER);
        }
      }
    }
  }

  private static void cell(XWPFTableCell cell, String text, int width, boolean bold) {
    cell.setWidth(String.valueOf(width));
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    run(cell.getParagraphs().get(0), text, CELL_FONT_SIZE, bold);
  }

  /** setFontFamily without a range sets the East Asian font too, so Chinese text is not left to a fallback. */
  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setText(text);
  }
}
