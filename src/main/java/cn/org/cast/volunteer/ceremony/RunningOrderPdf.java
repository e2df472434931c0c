package cn.org.cast.volunteer.ceremony;

import java.awt.Color;
import java.io.OutputStream;
import java.util.List;

import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Batch;
import cn.org.cast.volunteer.ceremony.RunningOrderFormat.Column;
import cn.org.cast.volunteer.document.CjkFont;

/**
 * The running order as a PDF for the printed programme: the 议程, then the 授旗名单 batch by batch, header
 * rows repeated on each page, in the {@link CjkFont}.
 */
@Component
public class RunningOrderPdf {

  private static final Color HEADER_SHADE = new Color(0xEE, 0xEE, 0xEE);

  private final BaseFont font = CjkFont.load();

  public void write(RunningOrder order, OutputStream out) {
    Document pdf = new Document(PageSize.A4, 36, 36, 48, 48);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle(RunningOrderFormat.title(order));
    pdf.open();
    Paragraph heading = new Paragraph(RunningOrderFormat.title(order), new Font(font, 16, Font.BOLD));
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(6);
    pdf.add(heading);
    Paragraph dateAndHost = new Paragraph(RunningOrderFormat.dateAndHost(order), new Font(font, 11));
    dateAndHost.setAlignment(Element.ALIGN_CENTER);
    dateAndHost.setSpacingAfter(12);
    pdf.add(dateAndHost);
    pdf.add(table(RunningOrderFormat.AGENDA_COLUMNS,
        order.items().stream().map(RunningOrderFormat::agendaCells).toList()));

    List<Batch> batches = RunningOrderFormat.batches(order);
    if (!batches.isEmpty()) {
      Paragraph flags = new Paragraph(RunningOrderFormat.FLAGS_TITLE, new Font(font, 13, Font.BOLD));
      flags.setSpacingBefore(18);
      pdf.add(flags);
    }
    for (Batch batch : batches) {
      Paragraph batchHeading = new Paragraph(batch.heading(), new Font(font, 11, Font.BOLD));
      batchHeading.setSpacingBefore(10);
      batchHeading.setSpacingAfter(6);
      pdf.add(batchHeading);
      pdf.add(table(RunningOrderFormat.FLAG_COLUMNS,
          batch.flags().stream().map(RunningOrderFormat::flagCells).toList()));
    }
    pdf.close();
  }

  private PdfPTable table(List<Column> columns, List<List<Object>> rows) {
    float[] widths = new float[columns.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = columns.get(c).width();
    }
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    columns.forEach(column -> table.addCell(cell(column.name(), true)));
    for (List<Object> row : rows) {
      for (Object value : row) {
        PdfPCell cell = cell(RunningOrderFormat.text(value), false);
        if (value instanceof Number) {
          cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  private PdfPCell cell(String text, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 9.5f, header ? Font.BOLD : Font.NORMAL)));
    cell.setPadding(4);
    // Narrow side padding keeps a time range such as 09:30–09:32 on one line.
    cell.setPaddingLeft(3);
    cell.setPaddingRight(3);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    if (header) {
      cell.setBackgroundColor(HEADER_SHADE);
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
    }
    return cell;
  }
}
