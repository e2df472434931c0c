package cn.org.cast.volunteer.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.org.cast.volunteer.form.EngineRequest;

/**
 * Deny by default in front of the engine REST API, on both of its paths: a signed-in user reaches only the
 * routes of {@link EngineApiRoutes} for their groups, matched on the request as {@link EngineRequest} reads it,
 * whatever the spelling. Everything else is "not found", so the answer does not tell what exists. Runs after
 * the login and before every other check in front of the engine.
 */
@Component
@Order(0)
class EngineApiGate extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(EngineApiGate.class);
  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
  static final String MESSAGE = "请求的接口不存在或您无权使用。";

  private final ObjectMapper json;

  EngineApiGate(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<EngineRequest> engine = EngineRequest.of(request);
    if (engine.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    // The login in front answers those not signed in; should one get here all the same, nothing is theirs.
    boolean signedIn = user != null && user.isAuthenticated() && !TRUST.isAnonymous(user);
    if (signedIn && EngineApiRoutes.allows(GroupMembership.groupIds(user), engine.get())) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("引擎接口不在允许清单中，已拒绝：{} {}（用户 {}）", engine.get().method(), engine.get().path(), signedIn ? user.getName() : "未登录");
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("type", "NotFoundException", "message", MESSAGE));
  }
}
