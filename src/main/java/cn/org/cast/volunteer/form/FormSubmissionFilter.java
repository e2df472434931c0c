package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts {@link FormSubmissionGuard} in front of the engine REST API on both of its paths: the public
 * {@code /engine-rest} and the one Tasklist uses, {@code /camunda/api/engine/engine/default}.
 * Submissions of the same task are serialised, so a double submit gets one completion and a 409, on
 * one node and across the nodes of a cluster.
 */
@Component
class FormSubmissionFilter extends OncePerRequestFilter {

  private static final int STRIPES = 64;

  private final FormSubmissionGuard guard;
  private final ObjectMapper json;
  private final Object[] taskLocks = new Object[STRIPES];

  FormSubmissionFilter(FormSubmissionGuard guard, ObjectMapper json) {
    this.guard = guard;
    this.json = json;
    for (int i = 0; i < STRIPES; i++) {
      taskLocks[i] = new Object();
    }
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getUserPrincipal() == null
        || EngineRequest.of(request).flatMap(Submission::of).isEmpty();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Submission submission = EngineRequest.of(request).flatMap(Submission::of).orElseThrow();
    String userId = request.getUserPrincipal().getName();
    byte[] body = request.getInputStream().readAllBytes();
    HttpServletRequest replay = new ReplayedBodyRequest(request, body);
    try {
      Map<String, Object> variables = submittedVariables(body);
      if (submission.taskId() != null) {
        String taskId = submission.taskId();
        synchronized (taskLocks[Math.floorMod(taskId.hashCode(), STRIPES)]) {
          checkTask(userId, taskId, variables);
          submitTask(taskId, replay, response, chain);
        }
        return;
      }
      ProcessDefinition definition = submission.definitionKey() != null
          ? guard.latestDefinition(submission.definitionKey()) : guard.definition(submission.definitionId());
      if (definition != null) {
        guard.checkStartSubmission(userId, definition, variables);
      }
      chain.doFilter(replay, response);
    } catch (FormSubmissionGuard.Rejection rejection) {
      reject(response, rejection);
    }
  }

  /**
   * Another node may complete the task while the check reads it: the engine then fails in whatever read
   * came next, within one command even with a NullPointerException (the task found, its execution gone).
   */
  private void checkTask(String userId, String taskId, Map<String, Object> variables) {
    try {
      guard.checkTaskSubmission(userId, taskId, variables);
    } catch (FormSubmissionGuard.Rejection invalid) {
      throw invalid;
    } catch (RuntimeException readWhileCompleted) {
      throw guard.alreadyCompleted(taskId).orElseThrow(() -> readWhileCompleted);
    }
  }

  /**
   * The lock above serialises one node's submissions; two nodes can still race to the engine, where
   * the later one fails on the engine's optimistic lock or finds the task gone. That failure is told
   * as what it is: the task was completed a moment ago.
   */
  private void submitTask(String taskId, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, buffered);
    if (buffered.getStatus() >= 400) {
      Optional<FormSubmissionGuard.Rejection> lostRace = guard.alreadyCompleted(taskId);
      if (lostRace.isPresent()) {
        response.reset();
        reject(response, lostRace.get());
        return;
      }
    }
    buffered.copyBodyToResponse();
  }

  /**
   * What a POST to the engine submits, one of three: a task's form, or a start form by the definition's key or
   * id, through {@code submit-form} or {@code start}.
   */
  private record Submission(String taskId, String definitionKey, String definitionId) {

    static Optional<Submission> of(EngineRequest request) {
      for (String task : List.of("task/{id}/submit-form", "task/{id}/complete")) {
        if (request.matches("POST", task)) {
          return Optional.of(new Submission(request.segment(1), null, null));
        }
      }
      for (String start : List.of("submit-form", "start")) {
        if (request.matches("POST", "process-definition/key/{key}/" + start)
            || request.matches("POST", "process-definition/key/{key}/tenant-id/{tenant}/" + start)) {
          return Optional.of(new Submission(null, request.segment(2), null));
        }
        if (request.matches("POST", "process-definition/{id}/" + start)) {
          return Optional.of(new Submission(null, null, request.segment(1)));
        }
      }
      return Optional.empty();
    }
  }

  /** The REST API's variable DTOs ({value, type, valueInfo}) as plain values; Json arrives as text. */
  private Map<String, Object> submittedVariables(byte[] body) throws IOException {
    Map<String, Object> variables = new LinkedHashMap<>();
    if (body.length == 0) {
      return variables;
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException e) {
      throw new FormSubmissionGuard.Rejection(400, "提交的数据不是有效的 JSON。", List.of());
    }
    root.path("variables").fields().forEachRemaining(entry -> {
      JsonNode dto = entry.getValue();
      JsonNode value = dto.path("value");
      boolean jsonText = value.isTextual() && ("json".equalsIgnoreCase(dto.path("type").asText())
          || "application/json".equals(dto.path("valueInfo").path("serializationDataFormat").asText()));
      variables.put(entry.getKey(), jsonText ? FormValues.parse(value.asText()) : json.convertValue(value, Object.class));
    });
    return variables;
  }

  private void reject(HttpServletResponse response, FormSubmissionGuard.Rejection rejection) throws IOException {
    response.setStatus(rejection.status());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", rejection.status() == 409 ? "TaskAlreadyCompleted" : "InvalidFormSubmission");
    problem.put("message", rejection.getMessage());
    problem.put("violations", rejection.violations());
    json.writeValue(response.getOutputStream(), problem);
  }
}
