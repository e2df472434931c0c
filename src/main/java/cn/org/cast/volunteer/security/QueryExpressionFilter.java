package cn.org.cast.volunteer.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.ReplayedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses any query sent to the engine REST API (on both of its paths) that carries an expression:
 * a parameter or JSON field named like {@code assigneeExpression}, or a value with {@code ${…}} or
 * {@code #{…}}, at any depth (so inside {@code orQueries} too). The engine's own switches already say
 * no; this does not depend on them, since Camunda 7.24 gets no more fixes.
 */
@Component
public class QueryExpressionFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(QueryExpressionFilter.class);
  /** The task queries, on both paths of the engine REST API: direct, and through a stored filter. */
  private static final Pattern TASK_QUERY = Pattern.compile(
      "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(?:task|task/count|filter(?:/.*)?|history/task(?:/count)?)$");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
  /** Query bodies are small; anything larger is not a query this app sends. */
  static final int MAX_BODY = 256 * 1024;
  static final String MESSAGE = "查询条件中不允许使用表达式（如 ${…}、#{…} 或 …Expression 参数）。";

  private final ObjectMapper json;

  public QueryExpressionFilter(ObjectMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !TASK_QUERY.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      if (refusedName(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(QueryExpressionFilter::refusedValue)) {
        refuse(request, response);
        return;
      }
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      answer(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "查询条件过长。");
      return;
    }
    if (carriesExpression(body)) {
      refuse(request, response);
      return;
    }
    chain.doFilter(new ReplayedBodyRequest(request, body), response);
  }

  private boolean carriesExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return carriesExpression(json.readTree(body));
    } catch (JsonProcessingException notJson) {
      return refusedValue(new String(body, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      return true;
    }
  }

  private boolean carriesExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return refusedValue(node.asText());
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (refusedName(field.getKey()) || carriesExpression(field.getValue())) {
        return true;
      }
    }
    for (JsonNode element : node) {
      if (node.isArray() && carriesExpression(element)) {
        return true;
      }
    }
    return false;
  }

  private static boolean refusedName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith("expression") || refusedValue(name);
  }

  private static boolean refusedValue(String value) {
    return value != null && EXPRESSION.matcher(value).find();
  }

  private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
    LOG.warn("已拒绝含表达式的查询：{} {}（用户 {}）", request.getMethod(), request.getRequestURI(),
        request.getUserPrincipal() == null ? "未登录" : request.getUserPrincipal().getName());
    answer(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE);
  }

  private void answer(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", message));
  }
}
