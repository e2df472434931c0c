package cn.org.cast.volunteer.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.MimeTypeUtils;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Every error of the app's own API (and of its pages, so the paths nobody mapped; a browser asking for a missing
 * page gets the Chinese error page instead) as {@code {"message": "…"}} in Chinese with a 4xx status for bad
 * input; anything unexpected is a 500 with a plain message, its details only in the server's log.
 */
@RestControllerAdvice
class ApiErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
  private static final Resource MISSING_PAGE = new ClassPathResource("static/error/4xx.html");

  @ExceptionHandler(ResponseStatusException.class)
  public ResponseEntity<Map<String, String>> refused(ResponseStatusException e) {
    return message(HttpStatus.valueOf(e.getStatusCode().value()), e.getReason());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
    return message(HttpStatus.BAD_REQUEST, "请求内容格式不正确：应为有效的 JSON。");
  }

  @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
  public ResponseEntity<Map<String, String>> badParameter(Exception e) {
    return message(HttpStatus.BAD_REQUEST, "请求参数缺失或格式不正确。");
  }

  /** Bean Validation of a request body or of a parameter: every reason, in Chinese. */
  @ExceptionHandler({MethodArgumentNotValidException.class, HandlerMethodValidationException.class})
  public ResponseEntity<Map<String, String>> invalid(Exception e) {
    List<String> reasons = e instanceof MethodArgumentNotValidException body
        ? body.getBindingResult().getAllErrors().stream().map(ObjectError::getDefaultMessage).toList()
        : ((HandlerMethodValidationException) e).getAllErrors().stream().map(MessageSourceResolvable::getDefaultMessage)
            .toList();
    return message(HttpStatus.BAD_REQUEST, String.join("；", reasons) + "。");
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  public ResponseEntity<Map<String, String>> mediaType(HttpMediaTypeNotSupportedException e) {
    return message(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持该内容类型（Content-Type），请以 application/json 提交。");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  public ResponseEntity<Map<String, String>> method(HttpRequestMethodNotSupportedException e) {
    return message(HttpStatus.METHOD_NOT_ALLOWED, "该地址不支持此请求方法（" + e.getMethod() + "）。");
  }

  /** A script gets the message as JSON; a person's browser asking for a page gets the Chinese error page. */
  @ExceptionHandler(NoResourceFoundException.class)
  public ResponseEntity<?> notFound(NoResourceFoundException e, HttpServletRequest request) {
    if (asksForPage(request)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(MISSING_PAGE);
    }
    return message(HttpStatus.NOT_FOUND, "请求的地址不存在。");
  }

  /** Outside the API, and HTML is what the client prefers (as browsers say; scripts ask for JSON first). */
  static boolean asksForPage(HttpServletRequest request) {
    if (request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
      return false;
    }
    List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
    MimeTypeUtils.sortBySpecificity(accepted);
    return accepted.stream().filter(type -> type.isCompatibleWith(HTML) || type.isCompatibleWith(MediaType.APPLICATION_JSON))
        .findFirst().map(type -> type.includes(HTML) && !type.isWildcardType()).orElse(false);
  }

  @ExceptionHandler(Exception.class)
  public ResponseEntity<Map<String, String>> unexpected(Exception e) {
    if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
      // Spring's other request errors (406, 413, …): their status, a plain message.
      return message(HttpStatus.valueOf(known.getStatusCode().value()), "请求无法处理（" + known.getStatusCode().value() + "）。");
    }
    LOG.error("接口处理失败", e);
    return message(HttpStatus.INTERNAL_SERVER_ERROR, "服务器处理请求时出错，请稍后重试；如仍失败请联系管理员。");
  }

  private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
  }
}
