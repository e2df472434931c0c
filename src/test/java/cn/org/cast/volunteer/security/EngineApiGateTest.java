package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;

import cn.org.cast.volunteer.form.EngineRequest;

/**
 * Every route of the allow-list and of a deny-list, in every spelling an attacker would try, for every role:
 * a route off a role's list is "not found" however it is spelt, and a route on it reaches the engine.
 */
@AppTest
class EngineApiGateTest {

  /** The demo accounts of each role, and their groups. */
  static final Map<String, Set<String>> ROLES = new LinkedHashMap<>();
  static {
    ROLES.put("admin", Set.of(Groups.ADMINS));
    ROLES.put("organizer", Set.of(Groups.ORGANIZERS));
    ROLES.put("reviewer1", Set.of(Groups.REVIEWERS));
    ROLES.put("committee1", Set.of(Groups.COMMITTEE));
    ROLES.put("ceremony1", Set.of(Groups.CEREMONY));
    ROLES.put("lead1", Set.of(Groups.CEREMONY_LEAD));
    ROLES.put("av1", Set.of(Groups.AV_ENGINEERS));
    ROLES.put("chemsoc", Set.of("N006"));
    ROLES.put("cmes", Set.of("N043"));
  }

  /** Calls no role but the administrators may make: code, state, identity and the engine's own machinery. */
  static final List<String> DENIED = List.of(
      "POST task/{id}/resolve", "POST task/{id}/bpmnError", "POST task/{id}/bpmnEscalation", "POST task/{id}/assignee",
      "POST task/{id}/delegate", "PUT task/{id}", "DELETE task/{id}", "POST task/{id}/variables",
      "PUT task/{id}/variables/planId", "PUT task/{id}/localVariables/planId", "POST task/{id}/localVariables",
      "POST task/{id}/attachment/create", "POST task/{id}/identity-links", "POST process-definition/key/nokey/start",
      "POST process-definition/{id}/start", "POST process-definition/key/nokey/restart", "DELETE process-definition/{id}",
      "PUT process-definition/{id}/suspended", "POST process-instance/{id}/modification",
      "POST process-instance/{id}/variables", "PUT process-instance/{id}/variables/planId",
      "DELETE process-instance/{id}", "PUT process-instance/{id}/suspended", "POST process-instance/delete",
      "POST execution/{id}/signal", "PUT execution/{id}/localVariables/planId", "POST message", "POST signal",
      "POST condition", "POST modification/execute", "POST migration/execute", "POST identity/verify",
      "POST deployment/create", "DELETE deployment/{id}", "POST deployment/{id}/redeploy",
      "POST user/create", "PUT user/{id}/credentials", "DELETE user/{id}", "POST group/create",
      "PUT group/{id}/members/{id}", "GET authorization", "POST authorization/create", "POST filter/create",
      "PUT filter/{id}", "DELETE filter/{id}", "PUT job/{id}/duedate", "POST job/{id}/execute", "PUT job/{id}/retries",
      "POST external-task/fetchAndLock", "POST history/cleanup", "POST history/process-instance/delete",
      "DELETE history/process-instance/{id}", "POST decision-definition/key/nokey/evaluate", "GET telemetry/data",
      "GET schema/log", "POST batch/{id}/suspended");

  /** Each spelling of a path below the engine that the container, Spring Security and Jersey might accept. */
  static final Map<String, UnaryOperator<String>> SPELLINGS = new LinkedHashMap<>();
  static {
    SPELLINGS.put("canonical", path -> "/engine-rest/" + path);
    SPELLINGS.put("trailing slash", path -> "/engine-rest/" + path + "/");
    SPELLINGS.put("named engine", path -> "/engine-rest/engine/default/" + path);
    SPELLINGS.put("named engine, trailing slash", path -> "/engine-rest/engine/default/" + path + "/");
    SPELLINGS.put("doubled slashes", path -> "/engine-rest//" + path.replace("/", "//"));
    SPELLINGS.put("matrix parameter", path -> "/engine-rest/" + path.replaceFirst("/|$", ";jsessionid=x/"));
    SPELLINGS.put("percent-encoded", path -> "/engine-rest/" + "%" + Integer.toHexString(path.charAt(0)) + path.substring(1));
    SPELLINGS.put("letter case", path -> "/engine-rest/" + path.toUpperCase(Locale.ROOT));
    SPELLINGS.put("dot segments", path -> "/engine-rest/x/../" + path.replaceFirst("/", "/./"));
  }

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  TaskService taskService;
  @Value("${cast.demo.password}")
  String password;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theDenyListIsOnNoRolesAllowList() {
    for (String route : DENIED) {
      EngineRequest request = request(route);
      ROLES.forEach((user, groups) -> assertThat(EngineApiRoutes.allows(groups, request))
          .as(user + " " + route).isEqualTo(groups.contains(Groups.ADMINS)));
    }
  }

  @Test
  void aRouteOffTheRolesListIsNotFoundInEverySpellingAndOneOnItIsNot() throws Exception {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    List<String> routes = new ArrayList<>(DENIED);
    EngineApiRoutes.all().forEach(route -> routes.add(route.method() + " " + route.template()));
    for (String route : routes.stream().distinct().toList()) {
      String method = route.split(" ")[0];
      String path = sample(route.split(" ")[1]);
      for (Map.Entry<String, Set<String>> role : ROLES.entrySet()) {
        boolean allowed = EngineApiRoutes.allows(role.getValue(), request(route));
        for (Map.Entry<String, UnaryOperator<String>> spelling : SPELLINGS.entrySet()) {
          if (allowed && !spelling.getKey().equals("canonical") && !spelling.getKey().equals("trailing slash")) {
            continue;
          }
          HttpResponse<String> answer = send(role.getKey(), method, spelling.getValue().apply(path));
          checked++;
          if (allowed == turnedAway(answer)) {
            wrong.add(role.getKey() + " " + method + " " + spelling.getValue().apply(path) + " (" + spelling.getKey()
                + ")：" + answer.statusCode() + " " + answer.body());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(3_000);
    assertThat(wrong).as("answers that do not follow the allow-list").isEmpty();
  }

  @Test
  void anonymousCallersGetALoginChallengeWhateverTheSpelling() throws Exception {
    for (UnaryOperator<String> spelling : SPELLINGS.values()) {
      HttpResponse<String> answer = send(null, "POST", spelling.apply("task/T1/resolve"));
      assertThat(answer.statusCode()).as(spelling.apply("task/T1/resolve")).isIn(400, 401);
    }
  }

  @Test
  void theWebappsEngineApiFollowsTheSameList() {
    for (String user : List.of("chemsoc", "organizer")) {
      WebClientSession session = new WebClientSession(port);
      session.login(user, password);
      for (String route : DENIED) {
        String method = route.split(" ")[0];
        String path = sample(route.split(" ")[1]);
        for (String spelt : List.of(WebClientSession.TASKLIST_API + "/" + path, WebClientSession.TASKLIST_API + "/" + path
            + "/", "/camunda/api/engine/engine/other/" + path.toUpperCase(Locale.ROOT))) {
          HttpResponse<String> answer = session.request(method, spelt, method.equals("GET") ? null : "{}");
          assertThat(turnedAway(answer)).as(user + " " + method + " " + spelt + "：" + answer.statusCode()).isTrue();
        }
      }
      HttpResponse<String> onTheList = session.request("POST", WebClientSession.TASKLIST_API + "/task/count/", "{}");
      assertThat(onTheList.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everySpellingOfASubmissionMeetsTheFormCheck() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = CampaignFixtures.newCampaignId();
    driver.startCampaign(CampaignFixtures.startForm(campaignId, List.of(CampaignFixtures.CHEMICAL_SOCIETY)));
    driver.executeJobs();
    Task task = driver.task(driver.plan(campaignId, CampaignFixtures.CHEMICAL_SOCIETY));
    String forged = "{\"variables\":{\"planId\":{\"value\":1},\"orgCode\":{\"value\":\"N043\"}}}";

    for (UnaryOperator<String> spelling : SPELLINGS.values()) {
      for (String action : List.of("submit-form", "complete")) {
        HttpResponse<String> answer = send("chemsoc", "POST", spelling.apply("task/" + task.getId() + "/" + action), forged);
        assertThat(answer.statusCode()).as(spelling.apply("task/" + task.getId() + "/" + action)).isIn(400, 404);
        assertThat(answer.body()).doesNotContain("\"type\":\"ProcessEngineException\"");
      }
    }
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task is still open").isOne();
    assertThat(taskService.getVariable(task.getId(), "orgCode")).isEqualTo(CampaignFixtures.CHEMICAL_SOCIETY);
  }

  /** The gate's "not found", or the firewall's refusal of a path that is not normalised: never the engine. */
  static boolean turnedAway(HttpResponse<String> answer) {
    return answer.statusCode() == 404 && answer.body().contains(EngineApiGate.MESSAGE)
        || answer.statusCode() == 400 && !answer.body().contains("\"type\"");
  }

  static String sample(String template) {
    return template.replaceAll("\\{key}", "nokey").replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-00000000000a")
        .replace("**", "x");
  }

  private static EngineRequest request(String route) {
    return EngineRequest.parse(route.split(" ")[0], "/engine-rest/" + sample(route.split(" ")[1])).orElseThrow();
  }

  private HttpResponse<String> send(String user, String method, String path) throws Exception {
    return send(user, method, path, "{}");
  }

  private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      request.header("Authorization", WebClientSession.basicAuthorization(user, password));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
