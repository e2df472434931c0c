package cn.org.cast.volunteer.document;

import java.util.Set;

/** The two files a plan is submitted as (seed R2), and the formats each may be. */
public enum DocumentKind {
  /** 盖章PDF版: the stamped scan, a PDF. */
  STAMPED_PDF("盖章PDF版", Set.of(DocumentFormat.PDF)),
  /** Word版: .docx, or .doc from older offices. */
  WORD("Word版", Set.of(DocumentFormat.DOCX, DocumentFormat.DOC));

  private final String label;
  private final Set<DocumentFormat> formats;

  DocumentKind(String label, Set<DocumentFormat> formats) {
    this.label = label;
    this.formats = formats;
  }

  public String label() {
    return label;
  }

  public boolean accepts(DocumentFormat format) {
    return formats.contains(format);
  }
}
