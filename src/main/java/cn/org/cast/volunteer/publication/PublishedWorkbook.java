package cn.org.cast.volunteer.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.selection.Pool;

/** The published lists as an Excel workbook: a sheet per pool, a title row, a filterable table. */
@Component
public class PublishedWorkbook {

  private static final int[] WIDTHS = {8, 40, 30, 14, 10, 10};

  public void write(String campaignName, List<PublishedLine> lines, OutputStream out) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Font bold = workbook.createFont();
      bold.setBold(true);
      CellStyle header = workbook.createCellStyle();
      header.setFont(bold);
      for (Pool pool : Pool.values()) {
        Sheet sheet = workbook.createSheet(pool.label());
        sheet.createRow(0).createCell(0).setCellValue(PublishedListFormat.title(campaignName, pool));
        sheet.getRow(0).getCell(0).setCellStyle(header);
        Row columns = sheet.createRow(1);
        for (int i = 0; i < PublishedListFormat.COLUMNS.size(); i++) {
          columns.createCell(i).setCellValue(PublishedListFormat.COLUMNS.get(i));
          columns.getCell(i).setCellStyle(header);
          sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        int rowIndex = 2;
        for (PublishedLine line : lines.stream().filter(l -> l.pool() == pool).toList()) {
          Row row = sheet.createRow(rowIndex++);
          row.createCell(0).setCellValue(line.order());
          row.createCell(1).setCellValue(line.name());
          row.createCell(2).setCellValue(line.hostName());
          row.createCell(3).setCellValue(line.region());
          row.createCell(4).setCellValue(line.score());
          row.createCell(5).setCellValue(line.outcome());
        }
        sheet.createFreezePane(0, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, rowIndex - 1), 0, PublishedListFormat.COLUMNS.size() - 1));
      }
      workbook.write(out);
    }
  }
}
