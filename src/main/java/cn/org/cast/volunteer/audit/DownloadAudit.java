package cn.org.cast.volunteer.audit;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Every file the app hands out (plan documents, lists, exports, zips) on the audit log, with who took it. */
@Component
class DownloadAudit extends OncePerRequestFilter {

  private static final Pattern DOWNLOAD = Pattern.compile("^/api/(?:documents/\\d+|.+\\.(?:xlsx|pdf|docx|zip))$");
  private static final Pattern CAMPAIGN = Pattern.compile("^/api/campaigns/([^/]+)/");

  private final AuditLog audit;

  DownloadAudit(AuditLog audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !DOWNLOAD.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(request, response);
    if (response.getStatus() == HttpServletResponse.SC_OK && request.getUserPrincipal() != null) {
      Matcher campaign = CAMPAIGN.matcher(path(request));
      audit.record(request.getUserPrincipal().getName(), AuditAction.DOWNLOAD, campaign.find() ? campaign.group(1) : null,
          request.getMethod() + " " + path(request), null);
    }
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
