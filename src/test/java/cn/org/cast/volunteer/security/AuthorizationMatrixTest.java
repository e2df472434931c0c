package cn.org.cast.volunteer.security;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demand.DemandForms;
import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.demand.SubmitterKind;
import cn.org.cast.volunteer.demand.TechField;
import cn.org.cast.volunteer.demo.DemoSymposium;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.venue.LinkupProcess;

/**
 * Every cell of the authorization matrix in docs/security.md, over HTTP: the test reads the table, so the
 * document and the application cannot drift apart.
 */
@AppTest
class AuthorizationMatrixTest {

  static final Path MATRIX = Path.of("docs", "security.md");
  static final String ANONYMOUS = "匿名";

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  ApplicationContext context;

  final HttpClient http = HttpClient.newHttpClient();
  final Map<String, WebClientSession> sessions = new HashMap<>();

  @Test
  void everyRoleGetsExactlyWhatTheMatrixSays() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
    String planTask = driver.task(plan).getId();
    driver.attachDocuments("chemsoc", planTask);
    context.getAutowireCapableBeanFactory().createBean(DemoSymposium.class).run(null);
    String demand = driver.as("zjast", () -> engine.getFormService().submitStartForm(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(DemandProcess.KEY).latestVersion().singleResult().getId(),
        DemandForms.demand("茶园病虫害绿色防控技术", SubmitterKind.ENTERPRISE, "测试茶业有限公司", "浙江",
            TechField.NEW_MATERIALS, ServiceField.TECHNOLOGY_BREAKTHROUGH, false))).getId();
    String venue = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(LinkupProcess.businessKey(DemoSymposium.CAMPAIGN_ID, "V01")).singleResult().getId();
    Map<String, String> values = Map.of("{campaign}", campaignId, "{planTask}", planTask, "{planInstance}", plan.getId(),
        "{demo}", DemoSymposium.CAMPAIGN_ID, "{demand}", demand, "{venue}", venue);

    List<String> lines = Files.readAllLines(MATRIX);
    int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("| 资源 | 请求 |")).findFirst().orElseThrow());
    List<String> roles = cells(lines.get(header)).subList(2, cells(lines.get(header)).size());
    List<String> mismatches = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(header + 2, lines.size())) {
      if (!line.startsWith("|")) {
        break;
      }
      List<String> row = cells(line);
      String request = row.get(1).replace("`", "");
      for (Map.Entry<String, String> value : values.entrySet()) {
        request = request.replace(value.getKey(), value.getValue());
      }
      for (int i = 0; i < roles.size(); i++) {
        String expected = row.get(i + 2);
        String actual = outcome(roles.get(i), request);
        checked++;
        if (!expected.equals(actual)) {
          mismatches.add(row.get(0) + " / " + roles.get(i) + "：表中 " + expected + "，实际 " + actual);
        }
      }
    }
    assertThat(checked).as("cells checked").isGreaterThanOrEqualTo(140);
    assertThat(mismatches).as("cells of docs/security.md that do not hold").isEmpty();
  }

  /** The status of the request as the role, or Y/N for "APP <name>": whether the role may use that webapp. */
  private String outcome(String role, String request) throws Exception {
    String[] parts = request.split(" ", 2);
    if (parts[0].equals("APP")) {
      if (role.equals(ANONYMOUS)) {
        return "N";
      }
      String user = session(role).get("/camunda/api/admin/auth/user/default").body();
      return user.contains("\"" + parts[1] + "\"") ? "Y" : "N";
    }
    if (parts[0].equals("COUNT")) {
      // How many entries the list holds for the role: ">0" or "0" (an error status as itself).
      HttpResponse<String> list = send(role, "GET", parts[1].substring("GET ".length()));
      return list.statusCode() != 200 ? String.valueOf(list.statusCode())
          : new ObjectMapper().readTree(list.body()).size() > 0 ? ">0" : "0";
    }
    String method = parts[0];
    String path = parts[1];
    String body = path.endsWith("/signals") ? "{\"signal\":\"ON_AIR\"}" : "{}";
    if (path.startsWith("/camunda") && !role.equals(ANONYMOUS)) {
      WebClientSession session = session(role);
      return String.valueOf((method.equals("GET") ? session.get(path) : session.postJson(path, body)).statusCode());
    }
    return String.valueOf(send(role, method, path).statusCode());
  }

  private HttpResponse<String> send(String role, String method, String path) throws Exception {
    String body = path.endsWith("/signals") ? "{\"signal\":\"ON_AIR\"}" : "{}";
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (!method.equals("GET")) {
      builder.header("Content-Type", "application/json");
    }
    if (!role.equals(ANONYMOUS)) {
      builder.header("Authorization", WebClientSession.basicAuthorization(role, password));
    }
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private WebClientSession session(String role) {
    return sessions.computeIfAbsent(role, user -> {
      WebClientSession session = new WebClientSession(port);
      session.login(user, password);
      return session;
    });
  }

  private static List<String> cells(String line) {
    String inner = line.trim().substring(1, line.trim().length() - 1);
    return Arrays.stream(inner.split("\\|")).map(String::trim).toList();
  }
}
