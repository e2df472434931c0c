package cn.org.cast.volunteer.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps the body of the app's API requests (file uploads have their own, larger limit): a request that
 * announces more is refused before it is read.
 */
@Component
class ApiBodyLimit extends OncePerRequestFilter {

  static final long MAX_BYTES = 1024 * 1024;
  private static final Pattern UPLOAD = Pattern.compile("^/api/tasks/[^/]+/documents/[^/]+$");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return !path.startsWith("/api/") || UPLOAD.matcher(path).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > MAX_BYTES) {
      response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"message\":\"请求内容过大（上限 1MB）。\"}");
      return;
    }
    chain.doFilter(request, response);
  }
}
