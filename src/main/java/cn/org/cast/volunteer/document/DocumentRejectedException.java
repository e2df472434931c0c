package cn.org.cast.volunteer.document;

/** A document request refused, with the HTTP status and the Chinese message the user sees. */
class DocumentRejectedException extends RuntimeException {

  private final int status;

  DocumentRejectedException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
