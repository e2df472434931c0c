package cn.org.cast.volunteer.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import cn.org.cast.volunteer.SampleDocuments;

/** Files are known by their content: the right kinds pass, everything else is refused with a reason. */
class DocumentInspectorTest {

  @TempDir
  Path dir;

  private final DocumentInspector inspector =
      new DocumentInspector(new DocumentSettings(Path.of("unused"), DataSize.ofMegabytes(20), DataSize.ofMegabytes(10)));

  @Test
  void acceptsAPdfADocxAndADoc() throws IOException {
    assertThat(inspector.inspect(file(SampleDocuments.pdf()), DocumentKind.STAMPED_PDF)).isEqualTo(DocumentFormat.PDF);
    assertThat(inspector.inspect(file(SampleDocuments.docx()), DocumentKind.WORD)).isEqualTo(DocumentFormat.DOCX);
    assertThat(inspector.inspect(file(doc()), DocumentKind.WORD)).isEqualTo(DocumentFormat.DOC);
  }

  @Test
  void refusesARenamedProgram() throws IOException {
    byte[] exe = new byte[4096];
    exe[0] = 'M';
    exe[1] = 'Z';
    assertRefused(exe, DocumentKind.STAMPED_PDF, "应为PDF文件");
    assertRefused(exe, DocumentKind.WORD, "应为Word文档");
  }

  @Test
  void refusesTheWrongKindOfDocument() {
    assertRefused(SampleDocuments.docx(), DocumentKind.STAMPED_PDF, "应为PDF文件");
    assertRefused(SampleDocuments.pdf(), DocumentKind.WORD, "应为Word文档");
  }

  @Test
  void refusesATruncatedPdfAnEncryptedPdfAndAnEmptyFile() throws IOException {
    byte[] pdf = SampleDocuments.pdf();
    assertRefused(Arrays.copyOf(pdf, pdf.length / 2), DocumentKind.STAMPED_PDF, "PDF");
    assertRefused(encryptedPdf(), DocumentKind.STAMPED_PDF, "已加密");
    assertRefused(new byte[0], DocumentKind.STAMPED_PDF, "文件为空");
  }

  @Test
  void refusesAZipThatIsNotAWordDocumentAndAnOle2FileThatIsNotWord() throws IOException {
    assertRefused(zip("readme.txt", "你好".getBytes()), DocumentKind.WORD, "应为Word文档");
    try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ole.createDocument(new ByteArrayInputStream(new byte[100]), "Workbook");
      ole.writeFilesystem(out);
      assertRefused(out.toByteArray(), DocumentKind.WORD, "应为Word文档");
    }
  }

  @Test
  void refusesAZipBomb() throws IOException {
    byte[] bomb = zip("word/document.xml", new byte[20 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(100 * 1024);
    assertRefused(bomb, DocumentKind.WORD, "压缩炸弹");
  }

  private void assertRefused(byte[] content, DocumentKind kind, String reason) {
    assertThatThrownBy(() -> inspector.inspect(file(content), kind))
        .isInstanceOf(DocumentRejectedException.class).hasMessageContaining(reason)
        .satisfies(e -> assertThat(((DocumentRejectedException) e).status()).isEqualTo(400));
  }

  private Path file(byte[] content) throws IOException {
    return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
  }

  /** A legacy .doc as far as its container goes: an OLE2 file with a WordDocument stream. */
  static byte[] doc() throws IOException {
    try (POIFSFileSystem ole = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ole.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      ole.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] encryptedPdf() throws IOException {
    try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pdf.addPage(new PDPage());
      pdf.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] zip(String entry, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
