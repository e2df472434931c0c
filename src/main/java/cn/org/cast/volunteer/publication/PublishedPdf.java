package cn.org.cast.volunteer.publication;

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

import cn.org.cast.volunteer.document.CjkFont;
import cn.org.cast.volunteer.selection.Pool;

/** The published lists as a PDF for printing: a section per pool, header rows repeated on each page. */
@Component
class PublishedPdf {

  private static final float[] WIDTHS = {0.6f, 3.6f, 2.8f, 1.2f, 0.8f, 0.8f};

  private final BaseFont font = CjkFont.load();

  public void write(String campaignName, List<PublishedLine> lines, OutputStream out) {
    Document pdf = new Document(PageSize.A4, 40, 40, 48, 48);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle(campaignName + "遴选名单");
    pdf.open();
    boolean first = true;
    for (Pool pool : Pool.values()) {
      if (!first) {
        pdf.newPage();
      }
      first = false;
      Paragraph heading = new Paragraph(PublishedListFormat.title(campaignName, pool), new Font(font, 15, Font.BOLD));
      heading.setAlignment(Element.ALIGN_CENTER);
      heading.setSpacingAfter(12);
      pdf.add(heading);
      PdfPTable table = new PdfPTable(WIDTHS);
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      PublishedListFormat.COLUMNS.forEach(column -> table.addCell(cell(column, true)));
      List<PublishedLine> poolLines = lines.stream().filter(l -> l.pool() == pool).toList();
      poolLines.forEach(line -> PublishedListFormat.cells(line).forEach(value -> table.addCell(cell(value, false))));
      if (poolLines.isEmpty()) {
        PdfPCell none = cell("（无）", false);
        none.setColspan(WIDTHS.length);
        table.addCell(none);
      }
      pdf.add(table);
    }
    pdf.close();
  }

  private PdfPCell cell(String text, boolean header) {
    PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 10, header ? Font.BOLD : Font.NORMAL)));
    cell.setPadding(4);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }
}
