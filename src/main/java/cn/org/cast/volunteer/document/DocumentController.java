package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.lang.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.org.cast.volunteer.form.FormValues;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The documents of a plan, for the Tasklist plugin 附件: list a task's documents, upload one (the raw
 * file as the request body, its name URL-encoded in {@code X-File-Name}), delete one, download one.
 */
@RestController
class DocumentController {

  static final String FILE_NAME_HEADER = "X-File-Name";

  private final DocumentService documents;
  private final AttachmentOneWord word;
  private final AttachmentOnePdf pdf;

  DocumentController(DocumentService documents, AttachmentOneWord word, AttachmentOnePdf pdf) {
    this.documents = documents;
    this.word = word;
    this.pdf = pdf;
  }

  /**
   * The CSRF token state-changing calls send back in the {@code X-CSRF-TOKEN} header. A Basic client has no
   * session, so there is no token to give it, nor any to send.
   */
  @GetMapping("/api/csrf")
  public Map<String, String> csrf(@Nullable CsrfToken token) {
    if (token == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "使用 HTTP Basic 时没有会话，也不需要 CSRF 令牌：直接调用接口即可。");
    }
    return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
  }

  @GetMapping("/api/tasks/{taskId}/documents")
  public DocumentService.TaskDocuments list(@PathVariable String taskId, Principal user) {
    return documents.list(user.getName(), taskId);
  }

  @PutMapping("/api/tasks/{taskId}/documents/{kind}")
  public PlanDocument upload(@PathVariable String taskId, @PathVariable DocumentKind kind,
      @RequestHeader(name = FILE_NAME_HEADER, required = false) String encodedName, HttpServletRequest request,
      Principal user) throws IOException {
    String name = decoded(encodedName);
    return documents.upload(user.getName(), taskId, kind, name, request.getContentLengthLong(),
        request.getInputStream());
  }

  @DeleteMapping("/api/tasks/{taskId}/documents/{kind}")
  public ResponseEntity<Void> delete(@PathVariable String taskId, @PathVariable DocumentKind kind, Principal user)
      throws IOException {
    documents.delete(user.getName(), taskId, kind);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<InputStreamResource> download(@PathVariable long id, Principal user) throws IOException {
    PlanDocument document = documents.document(user.getName(), id);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.contentType()))
        .contentLength(document.size())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-SHA256", document.sha256())
        .body(new InputStreamResource(documents.content(document)));
  }

  /** The name as sent (URL-encoded UTF-8); one that does not decode is kept as it came, for display only. */
  static String decoded(String encodedName) {
    if (encodedName == null) {
      return null;
    }
    try {
      return URLDecoder.decode(encodedName.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return encodedName;
    }
  }

  /** Attachment 1 filled in from the task's values, as .docx or .pdf. */
  @GetMapping("/api/tasks/{taskId}/attachment-one.{format}")
  public ResponseEntity<StreamingResponseBody> attachmentOne(@PathVariable String taskId, @PathVariable String format,
      Principal user) {
    return attachmentOne(taskId, format, Map.of(), user);
  }

  /** The same, with the values the organisation has saved in the form but not yet submitted laid over. */
  @PostMapping("/api/tasks/{taskId}/attachment-one.{format}")
  public ResponseEntity<StreamingResponseBody> attachmentOne(@PathVariable String taskId, @PathVariable String format,
      @RequestBody Map<String, Object> saved, Principal user) {
    AttachmentOne attachment = AttachmentOne.from(
        FormValues.of(documents.formValues(user.getName(), taskId)).overlay(saved));
    String name = "附件1-" + AttachmentOne.TITLE;
    return switch (format) {
      case "docx" -> file(name + ".docx", DocumentFormat.DOCX.contentType(), out -> word.write(attachment, out));
      case "pdf" -> file(name + ".pdf", DocumentFormat.PDF.contentType(), out -> pdf.write(attachment, out));
      default -> throw new DocumentRejectedException(404, "只提供Word版（.docx）和PDF版（.pdf）。");
    };
  }

  /** All approved plans' documents of a campaign, a folder per organisation. */
  @GetMapping("/api/campaigns/{campaignId}/approved-documents.zip")
  public ResponseEntity<StreamingResponseBody> approvedDocuments(@PathVariable String campaignId, Principal user) {
    String userId = user.getName();
    documents.checkMayExport(userId);
    return file(campaignId + "-已通过方案附件.zip", "application/zip",
        out -> documents.writeApprovedDocuments(userId, campaignId, out));
  }

  private static ResponseEntity<StreamingResponseBody> file(String name, String contentType,
      StreamingResponseBody body) {
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  @ExceptionHandler(DocumentRejectedException.class)
  public ResponseEntity<Map<String, String>> rejected(DocumentRejectedException e) {
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("message", e.getMessage()));
  }
}
