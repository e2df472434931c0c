package cn.org.cast.volunteer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Small, genuine files of each kind a plan is submitted with. */
public final class SampleDocuments {

  private SampleDocuments() {
  }

  /** A one-page PDF, as a stamped scan would be. */
  public static byte[] pdf() {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      pdf.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A .docx with one paragraph. */
  public static byte[] docx() {
    try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      word.createParagraph().createRun().setText("全国科技工作者日主题活动筹备工作方案");
      word.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
