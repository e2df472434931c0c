package cn.org.cast.volunteer.ceremony;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Batch;
import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Column;

/**
 * The running order as an Excel workbook for the ceremony team to sort and annotate: the 议程 and,
 * on a second sheet, every flag across the batches in one filterable list.
 */
@Component
public class RunningOrderWorkbook {

  private static final int MAX_WIDTH = 60;

  public void write(RunningOrder order, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle header = workbook.createCellStyle();
      Font bold = workbook.createFont();
      bold.setBold(true);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      CellStyle number = workbook.createCellStyle();
      number.setAlignment(HorizontalAlignment.CENTER);
      number.setVerticalAlignment(VerticalAlignment.CENTER);
      // Long titles wrap within their column rather than run into the next one.
      CellStyle text = workbook.createCellStyle();
      text.setWrapText(true);
      text.setVerticalAlignment(VerticalAlignment.CENTER);

      List<List<Object>> agenda = order.items().stream().map(RunningOrderFormat::agendaCells).toList();
      sheet(workbook, header, number, text, RunningOrderFormat.AGENDA_TITLE, RunningOrderFormat.AGENDA_COLUMNS, agenda);

      List<Column> flagColumns = new ArrayList<>();
      flagColumns.add(RunningOrderFormat.BATCH);
      flagColumns.addAll(RunningOrderFormat.FLAG_COLUMNS);
      List<List<Object>> flags = new ArrayList<>();
      for (Batch batch : RunningOrderFormat.batches(order)) {
        batch.flags().forEach(flag -> {
          List<Object> cells = new ArrayList<>();
          cells.add(batch.number());
          cells.addAll(RunningOrderFormat.flagCells(flag));
          flags.add(cells);
        });
      }
      sheet(workbook, header, number, text, RunningOrderFormat.FLAGS_TITLE, flagColumns, flags);
      workbook.write(out);
    }
  }

  private static void sheet(XSSFWorkbook workbook, CellStyle header, CellStyle number, CellStyle text,
      String name, List<Column> columns, List<List<Object>> rows) {
    Sheet sheet = workbook.createSheet(name);
    Row first = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      first.createCell(c).setCellValue(columns.get(c).name());
      first.getCell(c).setCellStyle(header);
    }
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      List<Object> cells = rows.get(r);
      for (int c = 0; c < cells.size(); c++) {
        if (cells.get(c) instanceof Number value) {
          row.createCell(c).setCellValue(value.doubleValue());
          row.getCell(c).setCellStyle(number);
        } else {
          row.createCell(c).setCellValue(RunningOrderFormat.text(cells.get(c)));
          row.getCell(c).setCellStyle(text);
        }
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, width(columns.get(c), rows, c) * 256);
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows.size()), 0, columns.size() - 1));
    // Printed: landscape A4 with gridlines, one page wide, the header on every page.
    sheet.setPrintGridlines(true);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
  }

  /**
   * The column's own width, widened to its longest value up to a cap: spreadsheet programs do not grow
   * row heights for wrapped text that POI writes, so a value that fits its column reads better.
   */
  private static int width(Column column, List<List<Object>> rows, int index) {
    int longest = rows.stream().mapToInt(row -> displayWidth(RunningOrderFormat.text(row.get(index)))).max().orElse(0);
    return Math.max(column.width(), Math.min(MAX_WIDTH, longest + 2));
  }

  /** A Chinese character takes about two of Excel's character units. */
  private static int displayWidth(String text) {
    return text.codePoints().map(c -> c < 0x2E80 ? 1 : 2).sum();
  }
}
