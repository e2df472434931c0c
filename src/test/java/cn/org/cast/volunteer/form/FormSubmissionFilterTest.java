package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A submission that reaches the engine while another node completes the same task fails there (optimistic
 * lock, or the task is gone); the filter tells the user what happened instead of passing on a 500.
 */
class FormSubmissionFilterTest {

  private static final String TASK = "task-1";
  private final FormSubmissionGuard guard = mock(FormSubmissionGuard.class);
  private final ObjectMapper json = new ObjectMapper();
  private final FormSubmissionFilter filter = new FormSubmissionFilter(guard, json);

  @Test
  void anEngineFailureBecauseAnotherNodeCompletedTheTaskIsAConflictInChinese() throws Exception {
    when(guard.alreadyCompleted(TASK)).thenReturn(Optional.of(
        new FormSubmissionGuard.Rejection(409, "该任务已经办理完成，不能重复提交。请刷新任务列表。", List.of())));

    MockHttpServletResponse response = submit(engineAnswers(500,
        "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 Execution of 'DELETE TaskEntity' failed\"}"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("message").asText())
        .isEqualTo("该任务已经办理完成，不能重复提交。请刷新任务列表。");
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("ENGINE-03005");
  }

  @Test
  void aCheckThatFailsBecauseAnotherNodeCompletedTheTaskMeanwhileIsAConflictAndNeverReachesTheEngine() throws Exception {
    doThrow(new NullPointerException("Cannot invoke \"ExecutionEntity.getProcessDefinition()\" because \"execution\" is null"))
        .when(guard).checkTaskSubmission(eq("chemsoc"), eq(TASK), anyMap());
    when(guard.alreadyCompleted(TASK)).thenReturn(Optional.of(
        new FormSubmissionGuard.Rejection(409, "该任务已经办理完成，不能重复提交。请刷新任务列表。", List.of())));
    AtomicBoolean reachedEngine = new AtomicBoolean();

    MockHttpServletResponse response = submit((request, answer) -> reachedEngine.set(true));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).path("message").asText())
        .isEqualTo("该任务已经办理完成，不能重复提交。请刷新任务列表。");
    assertThat(reachedEngine).isFalse();
  }

  @Test
  void aCheckThatFailsOnATaskStillOpenIsNotDisguisedAsAConflict() {
    doThrow(new IllegalStateException("database unavailable")).when(guard).checkTaskSubmission(eq("chemsoc"), eq(TASK), anyMap());
    when(guard.alreadyCompleted(TASK)).thenReturn(Optional.empty());

    assertThatThrownBy(() -> submit((request, answer) -> { })).isInstanceOf(IllegalStateException.class)
        .hasMessage("database unavailable");
  }

  @Test
  void anEngineRejectionOfATaskStillOpenReachesTheUserUnchanged() throws Exception {
    when(guard.alreadyCompleted(TASK)).thenReturn(Optional.empty());
    String engineBody = "{\"type\":\"InvalidFormSubmission\",\"message\":\"请上传盖章的 PDF\"}";

    MockHttpServletResponse response = submit(engineAnswers(400, engineBody));

    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(engineBody);
  }

  @Test
  void aCompletionIsPassedOn() throws Exception {
    MockHttpServletResponse response = submit(engineAnswers(204, ""));

    assertThat(response.getStatus()).isEqualTo(204);
    assertThat(response.getContentAsString()).isEmpty();
  }

  private MockHttpServletResponse submit(FilterChain engine) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/" + TASK + "/submit-form");
    request.setUserPrincipal(() -> "chemsoc");
    request.setContentType("application/json");
    request.setContent("{\"variables\":{}}".getBytes(StandardCharsets.UTF_8));
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, engine);
    return response;
  }

  private static FilterChain engineAnswers(int status, String body) {
    return (request, response) -> {
      HttpServletResponse http = (HttpServletResponse) response;
      http.setStatus(status);
      http.setContentType("application/json;charset=UTF-8");
      http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    };
  }
}
