package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.TaskService;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

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
class TaskVisibilityFilter extends OncePerRequestFilter {

  static final String MESSAGE = "任务不存在或您无权查看该任务。";

  private final TaskService taskService;
  private final EngineUser engineAs;
  private final ObjectMapper json;

  TaskVisibilityFilter(TaskService taskService, EngineUser engineAs, ObjectMapper json) {
    this.taskService = taskService;
    this.engineAs = engineAs;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getUserPrincipal() == null || taskId(request).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String taskId = taskId(request).orElseThrow();
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

  /**
   * The task of a request for one of a task's sub-resources ({@code task/{id}/…}), however the path is spelt;
   * {@code task/report/…} is the task reports' resource, not a task's.
   */
  private static Optional<String> taskId(HttpServletRequest request) {
    return EngineRequest.of(request)
        .filter(engine -> engine.matches(engine.method(), "task/{id}/{sub-resource}/**")
            && !engine.segment(1).equalsIgnoreCase("report"))
        .map(engine -> engine.segment(1));
  }
}
