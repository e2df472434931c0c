package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.team.TeamOrganisation;
import cn.org.cast.volunteer.team.TeamService;

/**
 * The published list for everyone without signing in (only published entries, nobody's contact data), the
 * staff list for CAST's organisers and the organisation's own staff, and the teams an organisation may nominate.
 */
@AppTest
class ModelListTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String demoPassword;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TeamService teams;

  private EngineDriver driver;
  private ModelSociety society;
  private long project;
  private String published;
  private String rejected;
  private String pending;

  @BeforeEach
  void onePublishedOneRejectedOnePending() {
    driver = new EngineDriver(engine, documents);
    society = ModelSociety.create(engine, jdbc, teams);
    project = society.closedProject();
    published = decided(ModelSociety.personProposal(society.team(), "钱志愿", project), ModelDecision.APPROVE);
    rejected = decided(ModelSociety.personProposal(society.team(), "孙志愿", project), ModelDecision.REJECT);
    pending = decided(ModelSociety.teamProposal(society.team(), project), null);
  }

  @Test
  void everyoneSeesOnlyThePublishedEntriesWithoutContactData() throws Exception {
    HttpResponse<String> list = anonymous("/api/public/models");

    assertThat(list.statusCode()).isEqualTo(200);
    JsonNode entry = find(JSON.readTree(list.body()), published);
    assertThat(entry.path("title").asText()).isEqualTo("典型人物");
    assertThat(entry.path("personName").asText()).isEqualTo("钱志愿");
    assertThat(entry.path("personRole").asText()).isEqualTo("队长");
    assertThat(entry.path("team").asText()).isEqualTo("社区科普服务队");
    assertThat(entry.path("organisation").asText()).isEqualTo(society.organisation().name());
    assertThat(entry.path("caseTitle").asText()).isEqualTo("社区防诈骗科普“三进”工作法");
    assertThat(entry.path("projects").get(0).path("code").asText()).isEqualTo("S" + project);
    assertThat(entry.path("projects").get(0).path("grade").asText()).isEqualTo("优秀");
    assertThat(codes(list)).doesNotContain(rejected, pending);
    assertThat(list.body()).doesNotContain(ModelSociety.MEMBER_MOBILE, society.nominator(), "孙志愿", "organizer");
    assertThat(anonymous("/public/models.html").body()).contains("科技志愿服务先进典型");
  }

  @Test
  void theListIsFilteredByKindAndByTheYearOfPublication() throws Exception {
    assertThat(codes(anonymous("/api/public/models?kind=TYPICAL_PERSON&year=2019"))).contains(published);
    assertThat(codes(anonymous("/api/public/models?kind=ADVANCED_TEAM"))).doesNotContain(published);
    assertThat(codes(anonymous("/api/public/models?year=2018"))).doesNotContain(published);
    assertThat(anonymous("/api/public/models?year=1999").statusCode()).isEqualTo(400);
  }

  @Test
  void organisersFollowEveryNominationAndTheOrganisationItsOwn() throws Exception {
    JsonNode all = JSON.readTree(session("organizer", demoPassword).get("/api/models/nominations").body());
    assertThat(find(all, published).path("status").asText()).isEqualTo("已发布");
    assertThat(find(all, rejected).path("status").asText()).isEqualTo("不予推荐");
    assertThat(find(all, pending).path("status").asText()).isEqualTo("待评审");
    assertThat(find(all, pending).path("nominatedBy").asText()).isEqualTo(society.nominator());

    HttpResponse<String> own = session(society.colleague(), TeamOrganisation.PASSWORD).get("/api/models/nominations");
    assertThat(codes(own)).contains(published, rejected, pending);
    HttpResponse<String> outsider = session("bjast", demoPassword).get("/api/models/nominations");
    assertThat(codes(outsider)).doesNotContain(published, rejected, pending);
    HttpResponse<String> reviewer = session("reviewer1", demoPassword).get("/api/models/nominations");
    assertThat(reviewer.statusCode()).isEqualTo(403);
  }

  @Test
  void theOrganisationSeesWhichOfItsTeamsItMayNominateAndOnWhatGrounds() throws Exception {
    HttpResponse<String> candidates = session(society.colleague(), TeamOrganisation.PASSWORD).get("/api/models/candidates");

    JsonNode team = find(JSON.readTree(candidates.body()), society.team().code());
    assertThat(team.path("projects").findValuesAsText("code")).containsExactly("S" + project);
    assertThat(find(JSON.readTree(candidates.body()), society.corps().code()).path("projects")).isEmpty();
    assertThat(session("organizer", demoPassword).get("/api/models/candidates").statusCode()).isEqualTo(403);
  }

  /** Nominates as the society's nominator; the organiser decides unless the decision is null. */
  private String decided(Map<String, Object> proposal, ModelDecision decision) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance nomination = driver.as(society.nominator(),
        () -> engine.getFormService().submitStartForm(definitionId, proposal));
    if (decision != null) {
      driver.submit("organizer", nomination, Map.of(DECISION, decision.name(), DECISION_COMMENT, "评审意见：见会议纪要"));
    }
    return nomination.getBusinessKey();
  }

  private HttpResponse<String> anonymous(String path) throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json, text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private WebClientSession session(String user, String password) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, password).statusCode()).isEqualTo(302);
    return session;
  }

  private static List<String> codes(HttpResponse<String> list) throws Exception {
    assertThat(list.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    JSON.readTree(list.body()).forEach(entry -> codes.add(entry.path("code").asText()));
    return codes;
  }

  private static JsonNode find(JsonNode list, String code) {
    for (JsonNode entry : list) {
      if (entry.path("code").asText().equals(code)) {
        return entry;
      }
    }
    throw new AssertionError("not listed: " + code);
  }
}
