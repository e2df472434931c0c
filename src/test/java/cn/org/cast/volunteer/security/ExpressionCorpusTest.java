package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;

/**
 * Expressions in every form a client can send them (query string, JSON, or-queries, a filter's extending query, a
 * filter to be stored), to every query endpoint, on both REST paths and for roles from an organisation to the
 * administrator: each is refused with the Chinese message or not found, and none is evaluated.
 */
@AppTest
class ExpressionCorpusTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  FilterService filterService;
  @TempDir
  Path directory;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void noExpressionReachesAnEvaluationWhateverItsFormOrPath() throws Exception {
    Path witness = directory.resolve("evaluated");
    String creating = QueryExpressionGuardTest.fileCreating(witness);
    List<String> payloads = List.of(creating, "#{" + creating.substring(2), "${currentUser()}",
        "\\u0024{currentUser()}");
    List<String> wrong = new ArrayList<>();
    int sent = 0;
    for (String user : List.of("chemsoc", "organizer", "admin")) {
      String filterId = filterId(user.equals("organizer") ? "活动管理" : "我的待办");
      for (String payload : payloads) {
        String json = payload.replace("\\", "\\\\").replace("\\\\u0024", "\\u0024");
        String plain = payload.replace("\\u0024", "$");
        List<String[]> calls = new ArrayList<>();
        for (String base : List.of("/engine-rest", "/engine-rest/engine/default")) {
          calls.add(new String[] {"GET", base + "/task?maxResults=5&assigneeExpression=" + encode(plain), null});
          calls.add(new String[] {"GET", base + "/task/count/?candidateGroupsExpression=" + encode(plain), null});
          calls.add(new String[] {"POST", base + "/task", "{\"assigneeExpression\":\"" + json + "\"}"});
          calls.add(new String[] {"POST", base + "/task/count", "{\"orQueries\":[{\"assigneeExpression\":\"" + json + "\"}]}"});
          calls.add(new String[] {"POST", base + "/task/count/", "{\"orQueries\":[{\"candidateUser\":\"x\"},"
              + "{\"dueDateExpression\":\"" + json + "\"}]}"});
          calls.add(new String[] {"POST", base + "/filter/" + filterId + "/list?maxResults=5",
              "{\"orQueries\":[{\"candidateGroupsExpression\":\"" + json + "\"}]}"});
          calls.add(new String[] {"POST", base + "/filter/" + filterId + "/count", "{\"ownerExpression\":\"" + json + "\"}"});
          calls.add(new String[] {"POST", base + "/filter/create", "{\"resourceType\":\"Task\",\"name\":\"x\","
              + "\"query\":{\"orQueries\":[{\"candidateUserExpression\":\"" + json + "\"}]}}"});
        }
        for (String[] call : calls) {
          HttpResponse<String> answer = send(user, call[0], call[1], call[2]);
          sent++;
          boolean refused = answer.statusCode() == 400 && answer.body().contains("查询条件中不允许使用表达式");
          boolean notFound = answer.statusCode() == 404 && answer.body().contains(EngineApiGate.MESSAGE);
          boolean camundasOwnRefusal = answer.statusCode() == 400 && call[1].endsWith("/filter/create")
              && answer.body().contains("Expressions are forbidden");
          if (!(refused || notFound || camundasOwnRefusal)) {
            wrong.add(user + " " + call[0] + " " + call[1] + "：" + answer.statusCode() + " " + answer.body());
          }
        }
      }
    }
    WebClientSession tasklist = new WebClientSession(port);
    tasklist.login("chemsoc", password);
    HttpResponse<String> throughTasklist = tasklist.request("POST", WebClientSession.TASKLIST_API + "/filter/"
        + filterId("我的待办")
        + "/list/", "{\"orQueries\":[{\"assigneeExpression\":\"" + creating + "\"}]}");

    assertThat(sent).isEqualTo(3 * 4 * 16);
    assertThat(wrong).as("expressions not refused").isEmpty();
    assertThat(throughTasklist.body()).contains("查询条件中不允许使用表达式");
    assertThat(witness).as("no expression was evaluated").doesNotExist();
    assertThat(filterService.createFilterQuery().filterName("x").count()).isZero();
  }

  private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("Authorization", WebClientSession.basicAuthorization(user, password));
    request = json == null ? request.GET()
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A filter the user may run, so that the answer is about the query, not the filter. */
  private String filterId(String name) {
    return filterService.createFilterQuery().filterName(name).singleResult().getId();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
