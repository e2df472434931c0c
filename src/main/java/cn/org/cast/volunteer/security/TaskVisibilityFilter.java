package cn.org.cast.volunteer.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.EngineUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A task someone may not read is "not found" on every one of its sub-resources (form variables,
 * comments, identity links, …), as it is on the task itself: Camunda answers some of them with 403,
 * which would tell an organisation that another organisation's task exists.
 */
@Component
public class TaskVisibilityFilter extends OncePerRequestFilter {

  private static final Pattern TASK_RESOURCE =
      Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(.+)$");
  static final String MESSAGE = "任务不存在或您无权查看该任务。";

  private final TaskService taskService;
  private final EngineUser engineAs;
  private final ObjectMapper json;

  public TaskVisibilityFilter(TaskService taskService, EngineUser engineAs, ObjectMapper json) {
    this.taskService = taskService;
    this.engineAs = engineAs;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getUserPrincipal() == null || !TASK_RESOURCE.matcher(path(request)).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Matcher task = TASK_RESOURCE.matcher(path(request));
    task.matches();
    String taskId = task.group(1);
    boolean visible = engineAs.call(request.getUserPrincipal().getName(),
        () -> taskService.createTaskQuery().taskId(taskId).count() > 0);
    if (visible) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", MESSAGE));
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
