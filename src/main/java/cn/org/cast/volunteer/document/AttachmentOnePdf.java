package cn.org.cast.volunteer.document;

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

/**
 * Attachment 1 as a PDF, its table laid out like the notice's, in the {@link CjkFont}.
 */
@Component
class AttachmentOnePdf {

  private final BaseFont font = CjkFont.load();

  public void write(AttachmentOne attachment, OutputStream out) {
    Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
    PdfWriter.getInstance(pdf, out);
    pdf.addTitle(AttachmentOne.TITLE);
    pdf.open();
    Paragraph heading = new Paragraph(AttachmentOne.TITLE, new Font(font, 16, Font.BOLD));
    heading.setAlignment(Element.ALIGN_CENTER);
    heading.setSpacingAfter(16);
    pdf.add(heading);

    PdfPTable main = new PdfPTable(new float[] {1.4f, 4f});
    main.setWidthPercentage(100);
    for (AttachmentOne.Row row : attachment.rows()) {
      main.addCell(cell(row.label(), true));
      PdfPCell value = cell(row.value(), false);
      if (row.value().isEmpty()) {
        // Room to write by hand, or for the unit's stamp.
        value.setMinimumHeight(40);
      }
      main.addCell(value);
    }
    main.addCell(cell("联系人", true));
    main.addCell(cell(AttachmentOneWord.contactLine(attachment), false));
    main.addCell(cell(AttachmentOne.PLAN_TEXT_LABEL, true));
    PdfPCell plan = cell(attachment.planText(), false);
    plan.setMinimumHeight(240);
    main.addCell(plan);
    pdf.add(main);

    section(pdf, "拟组建或推荐的科技志愿服务队", AttachmentOne.TEAM_COLUMNS, attachment.teams());
    section(pdf, "分会场", AttachmentOne.VENUE_COLUMNS, attachment.venues());
    section(pdf, AttachmentOne.NOMINEES_TITLE, AttachmentOne.NOMINEE_COLUMNS, attachment.nominees());
    pdf.close();
  }

  private void section(Document pdf, String title, List<String> columns, List<List<String>> rows) {
    if (rows.isEmpty()) {
      return;
    }
    Paragraph heading = new Paragraph(title, new Font(font, 12, Font.BOLD));
    heading.setSpacingBefore(14);
    heading.setSpacingAfter(6);
    pdf.add(heading);
    PdfPTable table = new PdfPTable(columns.size());
    table.setWidthPercentage(100);
    columns.forEach(column -> table.addCell(cell(column, true)));
    rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, false))));
    pdf.add(table);
  }

  private PdfPCell cell(String text, boolean label) {
    PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 11, label ? Font.BOLD : Font.NORMAL)));
    cell.setPadding(6);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    return cell;
  }
}
