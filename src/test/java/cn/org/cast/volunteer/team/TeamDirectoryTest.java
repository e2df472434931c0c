package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.CampaignFixtures.CHEMICAL_SOCIETY;
import static cn.org.cast.volunteer.CampaignFixtures.newCampaignId;
import static cn.org.cast.volunteer.CampaignFixtures.startForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
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
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.WebClientSession;

/**
 * The directory of teams for everyone, their people only for the team's own organisation and the levels
 * above; and a campaign's selected teams joining the hierarchy under their organisation's corps.
 */
@AppTest
class TeamDirectoryTest {

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
  TeamRepository teams;

  private TeamOrganisation society;
  private Team corps;

  @BeforeEach
  void anOrganisationWithItsCorps() {
    // The registration process is TeamRegistrationProcessTest's; here the corps is simply on record.
    society = TeamOrganisation.create(engine, jdbc);
    long id = teams.apply(TeamApplication.of(FormValues.of(TeamRegistrationProcessTest.application("科技志愿服务总队", null,
        "张队长"))), TeamRank.ORGANIZATION_CORPS, teams.nationalCorps().id(), society.code(), society.applicant());
    teams.decide(id, TeamStatus.ACTIVE, "organizer", null);
    corps = teams.find(id).orElseThrow();
  }

  @Test
  void theTeamsOwnOrganisationAndCastSeeItsPeople() throws Exception {
    for (WebClientSession reader : List.of(session(society.colleague(), TeamOrganisation.PASSWORD),
        session("organizer", demoPassword))) {
      HttpResponse<String> members = reader.get("/api/teams/" + corps.code() + "/members");
      assertThat(members.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(members.body())).extracting(member -> member.path("mobile").asText())
          .containsExactly("13900001111", "13900002222");
    }
  }

  @Test
  void anotherOrganisationSeesTheTeamButNotItsPeople() throws Exception {
    WebClientSession outsider = session("bjast", demoPassword);

    HttpResponse<String> members = outsider.get("/api/teams/" + corps.code() + "/members");
    HttpResponse<String> directory = outsider.get("/api/teams");

    assertThat(members.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(members.body()).path("message").asText()).isEqualTo("队员的个人信息仅对本单位和上级组织可见。");
    assertThat(directory.statusCode()).isEqualTo(200);
    JsonNode entry = find(JSON.readTree(directory.body()), corps.code());
    assertThat(entry.path("name").asText()).isEqualTo("科技志愿服务总队");
    assertThat(entry.path("organisation").asText()).isEqualTo(society.name());
    assertThat(entry.path("status").asText()).isEqualTo("已启用");
    assertThat(directory.body()).doesNotContain("13900001111", "13812345678");
  }

  @Test
  void aCampaignsSelectedTeamJoinsUnderItsOrganisationsCorpsOnce() {
    String campaignId = newCampaignId();
    new EngineDriver(engine, documents).startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    TeamOrganisation newcomer = TeamOrganisation.create(engine, jdbc);

    teams.joinFromCampaign(campaignId, "1/team/1", "社区科普服务队", society.code());
    teams.joinFromCampaign(campaignId, "1/team/2", "乡村科技服务队", newcomer.code());
    teams.joinFromCampaign(campaignId, "1/team/1", "社区科普服务队", society.code());

    assertThat(teams.standingTeams(campaignId)).isEqualTo(2);
    List<Team> all = teams.all();
    Team joined = all.stream().filter(team -> "社区科普服务队".equals(team.name()) && campaignId.equals(team.originCampaign()))
        .findFirst().orElseThrow();
    assertThat(joined.parentId()).isEqualTo(corps.id());
    Team madeCorps = teams.corpsOf(newcomer.code()).orElseThrow();
    assertThat(madeCorps.name()).isEqualTo(newcomer.name() + "科技志愿服务总队");
    assertThat(madeCorps.parentId()).isEqualTo(teams.nationalCorps().id());
    assertThat(madeCorps.status()).isEqualTo(TeamStatus.ACTIVE);
  }

  private WebClientSession session(String user, String password) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, password).statusCode()).isEqualTo(302);
    return session;
  }

  private static JsonNode find(JsonNode directory, String code) {
    for (JsonNode entry : directory) {
      if (entry.path("code").asText().equals(code)) {
        return entry;
      }
    }
    throw new AssertionError("no team " + code);
  }
}
