package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.security.Groups;

/**
 * 组建科技志愿服务队, every path: an organisation's corps approved by CAST's organisers, a team under it
 * approved by a colleague (never by the applicant), an application sent back and corrected, one refused;
 * and what the server refuses whatever the form lets through.
 */
@AppTest
class TeamRegistrationProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TeamRepository teams;

  private EngineDriver driver;
  private TeamOrganisation society;

  @BeforeEach
  void aNewOrganisation() {
    driver = new EngineDriver(engine, documents);
    society = TeamOrganisation.create(engine, jdbc);
  }

  @Test
  void anOrganisationsCorpsIsApprovedByCastsOrganisersAndStandsUnderTheNationalCorps() {
    ProcessInstance application = apply(society.applicant(), application("科技志愿服务总队", null, "张队长"));

    assertThat(application).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(Groups.ORGANIZERS);
    Team corps = team(application);
    assertThat(application.getBusinessKey()).isEqualTo(corps.code());
    assertThat(corps.status()).isEqualTo(TeamStatus.APPLYING);
    assertThat(corps.rank()).isEqualTo(TeamRank.ORGANIZATION_CORPS);
    assertThat(corps.parentId()).isEqualTo(teams.nationalCorps().id());

    decide("organizer", application, TeamDecision.APPROVE, null);

    assertThat(application).isEnded().hasPassed(REGISTER_APPLICATION, APPROVE_TASK, ACTIVE_END);
    assertThat(team(application).status()).isEqualTo(TeamStatus.ACTIVE);
    assertThat(teams.members(corps.id())).extracting(TeamMember::name).containsExactly("李队员", "王站长");
    assertThat(teams.members(corps.id()).get(1).associationPost()).isEqualTo("县农技站站长");
  }

  @Test
  void aTeamUnderTheCorpsIsApprovedByAColleagueNeverByTheApplicant() {
    Team corps = activeCorps();
    ProcessInstance application = apply(society.applicant(), application("社区科普服务队", corps.code(), "赵队长"));

    assertThat(application).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(society.code());
    assertThat(driver.as(society.applicant(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(application.getId()).count())).as("the applicant does not see it").isZero();
    assertThat(driver.as(society.colleague(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(application.getId()).count())).isEqualTo(1);
    assertThatThrownBy(() -> decide(society.applicant(), application, TeamDecision.APPROVE, null))
        .isInstanceOf(AuthorizationException.class);
    // Without a signed-in user no authorization is checked; the rule itself still holds.
    Map<String, Object> approval = Map.of(TEAM_DECISION, TeamDecision.APPROVE.name());
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(driver.task(application).getId(), approval))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("审批须由上一级的工作人员办理");
    assertThat(application).isWaitingAt(APPROVE_TASK);

    decide(society.colleague(), application, TeamDecision.APPROVE, null);

    assertThat(application).isEnded().hasPassed(ACTIVE_END);
    Team team = team(application);
    assertThat(team.rank()).isEqualTo(TeamRank.TEAM);
    assertThat(team.parentId()).isEqualTo(corps.id());
    assertThat(team.status()).isEqualTo(TeamStatus.ACTIVE);
  }

  @Test
  void anApplicationSentBackIsCorrectedByTheApplicantAndDecidedAgain() {
    ProcessInstance application = apply(society.applicant(), application("科技志愿服务总队", null, "张队长"));
    decide("organizer", application, TeamDecision.RETURN, "请补充具有基层职务的队员");

    assertThat(application).isWaitingAt(REVISE_TASK).task().isAssignedTo(society.applicant());
    assertThat(team(application).status()).isEqualTo(TeamStatus.RETURNED);
    Map<String, Object> corrected = application("科技志愿服务总队", null, "孙队长");
    driver.submit(society.applicant(), application, corrected);

    assertThat(application).isWaitingAt(APPROVE_TASK).hasPassed(UPDATE_APPLICATION);
    assertThat(team(application).leaderName()).isEqualTo("孙队长");
    assertThat(team(application).status()).isEqualTo(TeamStatus.APPLYING);
    decide("organizer", application, TeamDecision.APPROVE, null);
    assertThat(application).isEnded().hasPassed(REVISE_TASK, ACTIVE_END);
  }

  @Test
  void aRefusedApplicationEndsAndTheOrganisationMayApplyAgain() {
    ProcessInstance application = apply(society.applicant(), application("科技志愿服务总队", null, "张队长"));
    decide("organizer", application, TeamDecision.REJECT, "队伍名称与其他单位重复，请调整后重新申请");

    assertThat(application).isEnded().hasPassed(REJECTED_END).hasNotPassed(ACTIVE_END);
    assertThat(team(application).status()).isEqualTo(TeamStatus.REJECTED);
    assertThat(apply(society.applicant(), application("化学科技志愿服务总队", null, "张队长"))).isWaitingAt(APPROVE_TASK);
  }

  @Test
  void theServerRefusesWhatTheHierarchyDoesNotAllowAndKeepsNothing() {
    Team corps = activeCorps();
    TeamOrganisation other = TeamOrganisation.create(engine, jdbc);
    long before = teams.all().size();

    assertThatThrownBy(() -> apply(society.applicant(), application("第二个总队", null, "张队长")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("本单位已有总队（" + corps.code());
    assertThatThrownBy(() -> apply(other.applicant(), application("借用上级的服务队", corps.code(), "张队长")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不是本单位已启用的队伍");
    assertThatThrownBy(() -> apply(society.applicant(), application("无名服务队", "T999999999", "张队长")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("没有编号为 T999999999 的队伍");
    assertThatThrownBy(() -> apply("reviewer1", application("评审服务队", null, "张队长")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(teams.all()).hasSize((int) before);
  }

  @Test
  void aCorrectionCannotMoveTheTeamUnderAnotherOne() {
    Team corps = activeCorps();
    ProcessInstance application = apply(society.applicant(), application("社区科普服务队", corps.code(), "赵队长"));
    decide(society.colleague(), application, TeamDecision.RETURN, "请补充队员的专业特长");

    assertThatThrownBy(() -> driver.submit(society.applicant(), application, application("社区科普服务队", null, "赵队长")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不能更换上级队伍");
    assertThat(application).isWaitingAt(REVISE_TASK);
  }

  private Team activeCorps() {
    ProcessInstance application = apply(society.applicant(), application("科技志愿服务总队", null, "张队长"));
    decide("organizer", application, TeamDecision.APPROVE, null);
    return team(application);
  }

  private ProcessInstance apply(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  private void decide(String user, ProcessInstance application, TeamDecision decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(TEAM_DECISION, decision.name());
    form.put(DECISION_COMMENT, comment);
    Task task = driver.task(application);
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private Team team(ProcessInstance application) {
    Long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(application.getId()).variableName(TEAM_ID).singleResult().getValue();
    return teams.find(id).orElseThrow();
  }

  static Map<String, Object> application(String name, String parent, String leader) {
    Map<String, Object> form = new HashMap<>();
    form.put(TEAM_NAME, name);
    form.put(PARENT_TEAM, parent);
    form.put(SERVICE_FIELD, ServiceField.SCIENCE_POPULARIZATION.name());
    form.put(LEADER_NAME, leader);
    form.put(LEADER_MOBILE, "13812345678");
    form.put(MEMBERS, List.of(
        Map.of(MEMBER_NAME, "李队员", MEMBER_MOBILE, "13900001111", MEMBER_EXPERTISE, "化学"),
        Map.of(MEMBER_NAME, "王站长", MEMBER_MOBILE, "13900002222", ASSOCIATION_POST, "县农技站站长")));
    return form;
  }
}
