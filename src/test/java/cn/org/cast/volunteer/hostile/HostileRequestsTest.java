package cn.org.cast.volunteer.hostile;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.FormContract;
import cn.org.cast.volunteer.security.WebClientSession;

/**
 * Random and hostile requests at the app's endpoints and at the submit-form path: never a 5xx, and a
 * refused submission changes nothing that was stored.
 */
@AppTest
class HostileRequestsTest {

  static final int ROUNDS = 60;
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;

  final HttpClient http = HttpClient.newHttpClient();
  final HostileInput hostile = new HostileInput();
  final List<String> serverErrors = new ArrayList<>();
  int sent;

  @Test
  void noHostileRequestGetsA5xxOrChangesWhatWasStored() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
    String planTask = driver.task(plan).getId();
    driver.attachDocuments("chemsoc", planTask);
    List<String> planFields = List.copyOf(FormContract.read(
        engine.getFormService().getDeployedTaskForm(planTask)).submittableVariables());
    WebClientSession chemsoc = new WebClientSession(port);
    chemsoc.login("chemsoc", password);

    for (int round = 0; round < ROUNDS; round++) {
      check(basic("chemsoc", "POST", "/engine-rest/task/" + planTask + "/submit-form", submitForm(planFields)), true);
      check(basic("av1", "POST", "/api/campaigns/" + campaignId + "/venues/V01/signals", body()), false);
      check(basic("organizer", "GET", "/engine-rest/task?" + encode(hostile.string()) + "=" + encode(hostile.string()),
          null), false);
      check(chemsoc.postForBytes("/api/tasks/" + planTask + "/attachment-one.pdf",
          JSON.writeValueAsString(hostile.submission(planFields))), false);
      check(login(hostile.string(), hostile.string()), false);
    }

    assertThat(serverErrors).as("5xx answers (seed %d)", hostile.seed()).isEmpty();
    assertThat(sent).isEqualTo(ROUNDS * 5);
    // Every hostile submission was refused: the task is still open and no revision of the plan exists.
    assertThat(driver.task(plan).getId()).isEqualTo(planTask);
    assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_revision r JOIN preparation_plan p ON p.id = r.plan_id "
        + "WHERE p.campaign_id = :c").param("c", campaignId).query(Long.class).single()).isZero();
  }

  /** The REST API's shape: each variable as {value}, JSON-valued ones as text of type Json. */
  private String submitForm(List<String> fields) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    hostile.submission(fields).forEach((name, value) -> variables.put(name,
        value instanceof List<?> || value instanceof Map<?, ?> ? Map.of("value", write(value), "type", "Json")
            : value == null ? Map.of() : Map.of("value", value)));
    return JSON.writeValueAsString(Map.of("variables", variables));
  }

  /** A JSON body, or sometimes not JSON at all. */
  private String body() throws Exception {
    return hostile.pick(List.of(0, 1, 2)) == 0 ? hostile.string() : JSON.writeValueAsString(hostile.submission(
        List.of("signal", "fallbackMode")));
  }

  private void check(HttpResponse<?> response, boolean mustBeRefused) {
    sent++;
    if (response.statusCode() >= 500 || (mustBeRefused && response.statusCode() < 400)) {
      serverErrors.add(response.statusCode() + " " + response.request().method() + " " + response.request().uri());
    }
  }

  private HttpResponse<String> basic(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", WebClientSession.basicAuthorization(user, password))
        .header("Accept", "application/json");
    request = json == null ? request.GET()
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> login(String user, String secret) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(secret))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
