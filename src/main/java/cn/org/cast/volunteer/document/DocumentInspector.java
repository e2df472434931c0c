package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is by its content, never by its name: a PDF must parse as a complete, unencrypted
 * PDF; a .docx must be an OOXML package with a Word main document part that does not unzip to more
 * than the set limit; a .doc must be an OLE2 file with a Word document stream.
 */
@Component
class DocumentInspector {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
      (byte) 0xE1};
  private static final String WORD_MAIN_PART =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final int MAX_ZIP_ENTRIES = 10_000;

  private final DocumentSettings settings;

  DocumentInspector(DocumentSettings settings) {
    this.settings = settings;
  }

  /** The file's format, if it is one the kind accepts; otherwise a refusal that says what was expected. */
  public DocumentFormat inspect(Path file, DocumentKind kind) throws IOException {
    if (Files.size(file) == 0) {
      throw refused("文件为空，请重新选择" + kind.label() + "文件。");
    }
    byte[] head = head(file);
    DocumentFormat format;
    if (startsWith(head, PDF)) {
      format = checkPdf(file);
    } else if (startsWith(head, ZIP)) {
      format = checkDocx(file);
    } else if (startsWith(head, OLE2)) {
      format = checkDoc(file);
    } else {
      format = null;
    }
    if (format == null || !kind.accepts(format)) {
      throw refused(kind == DocumentKind.STAMPED_PDF
          ? "“盖章PDF版”应为PDF文件（加盖公章后扫描的PDF），所选文件不是PDF。"
          : "“Word版”应为Word文档（.docx或.doc），所选文件不是Word文档。");
    }
    return format;
  }

  private DocumentFormat checkPdf(Path file) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      if (pdf.isEncrypted()) {
        throw refused("PDF文件已加密，请上传未加密的文件。");
      }
      if (pdf.getNumberOfPages() == 0 || !endsWithEof(file)) {
        throw refused("PDF文件不完整（可能未下载或扫描完整），请重新生成后上传。");
      }
      return DocumentFormat.PDF;
    } catch (InvalidPasswordException e) {
      throw refused("PDF文件已加密，请上传未加密的文件。");
    } catch (IOException e) {
      throw refused("不是有效的PDF文件（文件可能已损坏或不完整）。");
    }
  }

  private DocumentFormat checkDocx(Path file) throws IOException {
    refuseZipBomb(file);
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      var main = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
      boolean word = main.size() == 1 && WORD_MAIN_PART.equals(pkg.getPart(main.getRelationship(0)).getContentType());
      return word ? DocumentFormat.DOCX : null;
    } catch (Exception e) {
      return null;
    }
  }

  /** Unzips without keeping anything, counting what comes out: a package may not expand past the limit. */
  private void refuseZipBomb(Path file) throws IOException {
    long limit = settings.maxExpandedSize().toBytes();
    long expanded = 0;
    int entries = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (++entries > MAX_ZIP_ENTRIES) {
          throw refused("Word文档结构异常（压缩包内文件过多），请另存为标准的.docx后上传。");
        }
        for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
          expanded += read;
          if (expanded > limit) {
            throw refused("Word文档解压后过大（疑似压缩炸弹），已拒绝。");
          }
        }
      }
    }
  }

  private static DocumentFormat checkDoc(Path file) {
    try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
      return ole.getRoot().hasEntry("WordDocument") ? DocumentFormat.DOC : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static boolean endsWithEof(Path file) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
      int tail = (int) Math.min(1024, raf.length());
      byte[] end = new byte[tail];
      raf.seek(raf.length() - tail);
      raf.readFully(end);
      return new String(end, StandardCharsets.ISO_8859_1).contains("%%EOF");
    }
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(8);
    }
  }

  private static boolean startsWith(byte[] head, byte[] magic) {
    return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
  }

  private static DocumentRejectedException refused(String message) {
    return new DocumentRejectedException(400, message);
  }
}
