package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.team.TeamService;

/** What the server refuses to record as a nomination, whatever the form lets through; nothing is kept. */
@AppTest
class ModelNominationRefusalsTest {

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
  private long nominationsBefore;

  @BeforeEach
  void aSociety() {
    driver = new EngineDriver(engine, documents);
    society = ModelSociety.create(engine, jdbc, teams);
    nominationsBefore = nominations();
  }

  @Test
  void onlyTheOrganisationsOwnActiveTeams() {
    ModelSociety other = ModelSociety.create(engine, jdbc, teams);

    assertRefused(society.nominator(), ModelSociety.teamProposal(other.team(), other.closedProject()),
        "队伍 " + other.team().code() + " 不是本单位已启用的队伍");
    assertRefused(society.nominator(), ModelSociety.teamProposal(teams.nationalCorps(), society.closedProject()),
        "不是本单位已启用的队伍");
    Map<String, Object> unknown = ModelSociety.teamProposal(society.team(), society.closedProject());
    unknown.put(TEAM_CODE, "T999999999");
    assertRefused(society.nominator(), unknown, "没有编号为 T999999999 的队伍");
    assertThatThrownBy(() -> start("reviewer1", ModelSociety.teamProposal(society.team(), society.closedProject())))
        .isInstanceOf(AuthorizationException.class);
  }

  @Test
  void groundsTheRecordsBearOut() {
    Map<String, Object> none = ModelSociety.teamProposal(society.team());
    assertRefused(society.nominator(), none, "请至少给出一项依据");
    long running = society.project("RUNNING", null, society.team());
    assertRefused(society.nominator(), ModelSociety.teamProposal(society.team(), running),
        "项目 S" + running + " 尚未结项，结项评价后才能作为推荐依据");
    long failed = society.project("CLOSED", "FAILED", society.team());
    assertRefused(society.nominator(), ModelSociety.teamProposal(society.team(), failed), "结项评价为不合格");
    long withoutTheTeam = society.project("CLOSED", "GOOD", society.corps());
    assertRefused(society.nominator(), ModelSociety.teamProposal(society.team(), withoutTheTeam),
        "队伍 " + society.team().code() + " 未参与项目 S" + withoutTheTeam);
    assertRefused(society.nominator(), ModelSociety.teamProposal(society.team(), 999_999_999L), "没有编号为 S999999999 的志愿服务项目");
    Map<String, Object> noCampaign = ModelSociety.teamProposal(society.team());
    noCampaign.put(CAMPAIGN_SOURCE, true);
    assertRefused(society.nominator(), noCampaign, "不是在主题活动中入选的队伍");
  }

  @Test
  void deedsAndACaseWithoutAnyonesPersonalNumbers() {
    Map<String, Object> noDeeds = ModelSociety.teamProposal(society.team(), society.closedProject());
    noDeeds.remove(DEEDS);
    assertRefused(society.nominator(), noDeeds, "请填写“先进事迹”");
    Map<String, Object> shortDeeds = ModelSociety.teamProposal(society.team(), society.closedProject());
    shortDeeds.put(DEEDS, "做了很多好事。");
    assertRefused(society.nominator(), shortDeeds, "“先进事迹”应为50至3000个字");
    Map<String, Object> mobile = ModelSociety.teamProposal(society.team(), society.closedProject());
    mobile.put(CASE_TEXT, mobile.get(CASE_TEXT) + "联系人手机13912345678。");
    assertRefused(society.nominator(), mobile, "请勿填写手机号码或身份证号码");
    Map<String, Object> nameless = ModelSociety.personProposal(society.team(), null, society.closedProject());
    assertRefused(society.nominator(), nameless, "请填写“姓名”");
  }

  @Test
  void oneOpenNominationOfATeamAtATime() {
    long project = society.closedProject();
    start(society.nominator(), ModelSociety.teamProposal(society.team(), project));

    assertThatThrownBy(() -> start(society.colleague(), ModelSociety.teamProposal(society.team(), project)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("正在评审或修改中，不能重复推荐");
    assertThat(nominations()).isEqualTo(nominationsBefore + 1);
    assertThat(start(society.colleague(), ModelSociety.personProposal(society.team(), "李志愿", project)))
        .as("a person in the team is another nomination").isNotNull();
  }

  private void assertRefused(String user, Map<String, Object> form, String message) {
    assertThatThrownBy(() -> start(user, form)).isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining(message);
    assertThat(nominations()).as("nothing kept").isEqualTo(nominationsBefore);
  }

  private Object start(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  private long nominations() {
    return jdbc.sql("SELECT COUNT(*) FROM model_nomination").query(Long.class).single();
  }
}
