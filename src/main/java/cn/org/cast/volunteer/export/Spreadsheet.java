package cn.org.cast.volunteer.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.org.cast.volunteer.VolunteerApplication;

/**
 * An Excel workbook of plain tables, one per sheet: a bold, frozen, filterable header row in Chinese,
 * and each column with its own cell type, so numbers sum, dates sort and yes/no filters in Excel.
 * Times are written as Beijing wall-clock times, as CAST's staff read them.
 */
public final class Spreadsheet {

  /** How a column's values become cells. */
  public enum Kind { TEXT, INTEGER, DECIMAL, DATE_TIME, YES_NO }

  public record Column<T>(String header, Kind kind, int width, Function<T, Object> value) {
    public static <T> Column<T> text(String header, int width, Function<T, Object> value) {
      return new Column<>(header, Kind.TEXT, width, value);
    }

    public static <T> Column<T> integer(String header, Function<T, Object> value) {
      return new Column<>(header, Kind.INTEGER, 10, value);
    }

    public static <T> Column<T> decimal(String header, Function<T, Object> value) {
      return new Column<>(header, Kind.DECIMAL, 10, value);
    }

    public static <T> Column<T> dateTime(String header, Function<T, Object> value) {
      return new Column<>(header, Kind.DATE_TIME, 18, value);
    }

    public static <T> Column<T> yesNo(String header, Function<T, Object> value) {
      return new Column<>(header, Kind.YES_NO, 8, value);
    }
  }

  private record Table<T>(String name, List<Column<T>> columns, List<T> rows) {}

  private final List<Table<?>> tables = new ArrayList<>();

  public <T> Spreadsheet sheet(String name, List<Column<T>> columns, List<T> rows) {
    tables.add(new Table<>(name, columns, rows));
    return this;
  }

  public void write(OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Styles styles = new Styles(workbook);
      for (Table<?> table : tables) {
        writeTable(workbook.createSheet(table.name()), table, styles);
      }
      workbook.write(out);
    }
  }

  private static <T> void writeTable(Sheet sheet, Table<T> table, Styles styles) {
    Row header = sheet.createRow(0);
    for (int i = 0; i < table.columns().size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(table.columns().get(i).header());
      cell.setCellStyle(styles.header);
      sheet.setColumnWidth(i, table.columns().get(i).width() * 256);
    }
    int rowIndex = 1;
    for (T item : table.rows()) {
      Row row = sheet.createRow(rowIndex++);
      for (int i = 0; i < table.columns().size(); i++) {
        Column<T> column = table.columns().get(i);
        Object value = column.value().apply(item);
        if (value != null) {
          write(row.createCell(i), column.kind(), value, styles);
        }
      }
    }
    sheet.createFreezePane(0, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, table.columns().size() - 1));
  }

  private static void write(Cell cell, Kind kind, Object value, Styles styles) {
    switch (kind) {
      case TEXT -> cell.setCellValue(value.toString());
      case INTEGER -> {
        cell.setCellValue(((Number) value).longValue());
        cell.setCellStyle(styles.integer);
      }
      case DECIMAL -> {
        cell.setCellValue(((Number) value).doubleValue());
        cell.setCellStyle(styles.decimal);
      }
      case DATE_TIME -> {
        cell.setCellValue(((OffsetDateTime) value).atZoneSameInstant(VolunteerApplication.BEIJING).toLocalDateTime());
        cell.setCellStyle(styles.dateTime);
      }
      case YES_NO -> cell.setCellValue((Boolean) value ? "是" : "否");
    }
  }

  private static final class Styles {
    final CellStyle header;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle dateTime;

    Styles(XSSFWorkbook workbook) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      header = workbook.createCellStyle();
      header.setFont(bold);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      integer = numberStyle(workbook, "0");
      decimal = numberStyle(workbook, "0.00");
      dateTime = numberStyle(workbook, "yyyy-mm-dd hh:mm");
    }

    private static CellStyle numberStyle(XSSFWorkbook workbook, String format) {
      CellStyle style = workbook.createCellStyle();
      style.setDataFormat(workbook.createDataFormat().getFormat(format));
      return style;
    }
  }
}
