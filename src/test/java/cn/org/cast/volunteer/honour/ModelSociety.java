package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamApplication;
import cn.org.cast.volunteer.team.TeamMember;
import cn.org.cast.volunteer.team.TeamOrganisation;
import cn.org.cast.volunteer.team.TeamRank;
import cn.org.cast.volunteer.team.TeamService;

/**
 * A registry organisation with its staff (nominator and colleague), its active corps and a team under it,
 * and closed service projects standing for what the service-project process records.
 */
record ModelSociety(TeamOrganisation organisation, Team corps, Team team, JdbcClient jdbc) {

  /** On every published text's team: a member's mobile, which no public answer may contain. */
  static final String MEMBER_MOBILE = "13911112222";

  static ModelSociety create(ProcessEngine engine, JdbcClient jdbc, TeamService teams) {
    TeamOrganisation organisation = TeamOrganisation.create(engine, jdbc);
    Team corps = active(teams, organisation, "科技志愿服务总队", TeamRank.ORGANIZATION_CORPS, teams.nationalCorps());
    Team team = active(teams, organisation, "社区科普服务队", TeamRank.TEAM, corps);
    return new ModelSociety(organisation, corps, team, jdbc);
  }

  String nominator() {
    return organisation.applicant();
  }

  String colleague() {
    return organisation.colleague();
  }

  /** A project of the organisation, in the given state and grade, that the teams took part in. */
  long project(String status, String grade, Team... participants) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO service_project (title, owner_code, service_kind, goals, starts_on, ends_on, report_every_days,
                                         status, created_by, created_at, evaluation_grade, closed_at)
            VALUES ('社区老年人防诈骗科普项目', :org, 'SCIENCE_POPULARIZATION', '开展科普讲座20场', :starts, :ends, 30,
                    :status, :by, :now, :grade, :now)""")
        .param("org", organisation.code()).param("starts", LocalDate.of(2018, 9, 1)).param("ends", LocalDate.of(2019, 3, 31))
        .param("status", status).param("by", nominator()).param("now", OffsetDateTime.now()).param("grade", grade)
        .update(key, "id");
    long id = key.getKey().longValue();
    for (Team team : participants) {
      jdbc.sql("INSERT INTO project_team (project_id, team_id, volunteers) VALUES (:p, :t, 8)")
          .param("p", id).param("t", team.id()).update();
    }
    return id;
  }

  /** A closed project rated excellent, the team having taken part. */
  long closedProject() {
    return project("CLOSED", "EXCELLENT", team);
  }

  /** A team of the organisation that a new campaign selected and handed on to the standing work. */
  Team campaignTeam(EngineDriver driver, TeamService teams) {
    String campaignId = CampaignFixtures.newCampaignId();
    driver.startCampaign(CampaignFixtures.startForm(campaignId, List.of(organisation.code())));
    teams.joinFromCampaign(campaignId, "1/team/1", "乡村科技服务队", organisation.code());
    return teams.all().stream().filter(team -> campaignId.equals(team.originCampaign())).findFirst().orElseThrow();
  }

  /** A complete nomination of the team as an advanced team, on the given projects. */
  static Map<String, Object> teamProposal(Team team, long... projects) {
    Map<String, Object> form = new HashMap<>();
    form.put(KIND, ModelKind.ADVANCED_TEAM.name());
    form.put(TEAM_CODE, team.code());
    form.put(SOURCE_PROJECTS, String.join("，", Arrays.stream(projects).mapToObj(ModelProposal::projectCode).toList()));
    form.put(CAMPAIGN_SOURCE, false);
    form.put(DEEDS, "队伍扎根社区三年，组织科普讲座和入户宣传，帮助老年人识别电信诈骗，辖区老年人受骗案件明显下降，受到居民和街道的一致好评。");
    form.put(CASE_TITLE, "社区防诈骗科普“三进”工作法");
    form.put(CASE_TEXT, "进社区办讲座、进家门送资料、进微信群答疑：以志愿者结对老年人的方式长期跟进，材料统一编写、可复制，"
        + "已有三个街道照此开展。");
    return form;
  }

  /** A complete nomination of a person serving in the team. */
  static Map<String, Object> personProposal(Team team, String name, long... projects) {
    Map<String, Object> form = teamProposal(team, projects);
    form.put(KIND, ModelKind.TYPICAL_PERSON.name());
    form.put(PERSON_NAME, name);
    form.put(PERSON_ROLE, "队长");
    return form;
  }

  private static Team active(TeamService teams, TeamOrganisation organisation, String name, TeamRank rank, Team parent) {
    return teams.enterActive(new TeamApplication(name, parent.code(), ServiceField.SCIENCE_POPULARIZATION, "张队长",
        MEMBER_MOBILE, List.of(new TeamMember(1, "张队长", MEMBER_MOBILE, null, null))), rank, parent,
        organisation.code(), organisation.applicant(), "organizer");
  }
}
