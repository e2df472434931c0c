package cn.org.cast.volunteer.document;

/** A file format recognised by content. */
enum DocumentFormat {
  PDF("application/pdf", "PDF文件"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word文档（.docx）"),
  DOC("application/msword", "Word文档（.doc）");

  private final String contentType;
  private final String label;

  DocumentFormat(String contentType, String label) {
    this.contentType = contentType;
    this.label = label;
  }

  public String contentType() {
    return contentType;
  }

  public String label() {
    return label;
  }
}
