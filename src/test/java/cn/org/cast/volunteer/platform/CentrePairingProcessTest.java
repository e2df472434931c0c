package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamApplication;
import cn.org.cast.volunteer.team.TeamMember;
import cn.org.cast.volunteer.team.TeamRank;
import cn.org.cast.volunteer.team.TeamService;

/**
 * 申请与基层服务阵地结对, every path: approved by the centre's provincial association, returned and revised,
 * refused; approved by CAST's organisers when the association itself asks, never by the requester; and what
 * the server refuses whatever the form lets through.
 */
@AppTest
class CentrePairingProcessTest {

  private static final String CHEMICAL_SOCIETY = "N006";
  private static final String MECHANICAL_SOCIETY = "N043";
  private static final String HUBEI = "P420000";
  private static final String BEIJING = "P110000";
  private static final String CONTENT = "每月一次社区科普讲座，寒暑假开展青少年化学实验营。";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  CentreRepository centres;
  @Autowired
  PairingRepository pairings;
  @Autowired
  TeamService teams;

  private EngineDriver driver;
  private String requester;
  private String hubeiStaff;
  private Centre hongshan;

  @BeforeEach
  void aSocietyAndACentreInHubei() {
    driver = new EngineDriver(engine, documents);
    requester = PlatformFixtures.member(engine, CHEMICAL_SOCIETY);
    hubeiStaff = PlatformFixtures.member(engine, HUBEI);
    hongshan = PlatformFixtures.centre(centres, CentreKind.CIVILIZATION_PRACTICE_CENTRE, "湖北", "420111", "武汉市洪山区");
  }

  @Test
  void theModelIsDeployedWithItsDiagramAndItsForms() {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult();
    assertThat(definition.getName()).isEqualTo("申请与基层服务阵地结对");
    assertThat(definition.getHistoryTimeToLive()).isPositive();
    assertThat(engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(BpmnDiagram.class)).isNotEmpty();
    assertThat(engine.getFormService().getDeployedStartForm(definition.getId())).isNotNull();
    ProcessInstance request = request(requester, PlatformFixtures.request(hongshan, null, CONTENT));
    assertThat(engine.getFormService().getDeployedTaskForm(driver.task(request).getId())).isNotNull();
  }

  @Test
  void aSocietysTeamIsPairedOnceTheCentresProvincialAssociationApproves() {
    Team team = activeTeam(CHEMICAL_SOCIETY);
    ProcessInstance request = request(requester, PlatformFixtures.request(hongshan, team.code(), CONTENT));

    assertThat(request).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(HUBEI);
    Pairing pairing = pairing(request);
    assertThat(request.getBusinessKey()).isEqualTo(pairing.code());
    assertThat(pairing.status()).isEqualTo(PairingStatus.REQUESTED);
    assertThat(pairing.teamId()).isEqualTo(team.id());
    assertThat(variable(request, PARTY_NAME)).isEqualTo(team.name() + "（" + team.code() + "）");
    assertThat(variable(request, CENTRE_PLACE)).isEqualTo("湖北 武汉市洪山区 · 新时代文明实践中心");

    decide(hubeiStaff, request, PairingDecision.APPROVE, null);

    assertThat(request).isEnded().hasPassed(REGISTER_REQUEST, APPROVE_TASK, ACTIVE_END);
    assertThat(pairing(request).status()).isEqualTo(PairingStatus.ACTIVE);
    assertThat(pairings.inForce(List.of(hongshan.id()), LocalDate.of(2020, 1, 1))).extracting(Pairing::code)
        .containsExactly(pairing.code());
  }

  @Test
  void aRequestSentBackIsRevisedByTheRequesterAndGoesToTheNewCentresAssociation() {
    ProcessInstance request = request(requester, PlatformFixtures.request(hongshan, null, CONTENT));
    decide(hubeiStaff, request, PairingDecision.RETURN, "请写明每季度的具体服务安排");

    assertThat(request).isWaitingAt(REVISE_TASK).task().isAssignedTo(requester);
    assertThat(pairing(request).status()).isEqualTo(PairingStatus.RETURNED);
    Centre haidian = PlatformFixtures.centre(centres, CentreKind.PARTY_MASS_SERVICE_CENTRE, "北京", "110108", "北京市海淀区");
    driver.submit(requester, request, PlatformFixtures.request(haidian, null, "每季度一次化学安全讲座，每年一次科技周开放日。"));

    assertThat(request).isWaitingAt(APPROVE_TASK).hasPassed(UPDATE_REQUEST).task().hasCandidateGroup(BEIJING);
    Pairing revised = pairing(request);
    assertThat(revised.status()).isEqualTo(PairingStatus.REQUESTED);
    assertThat(revised.centreId()).isEqualTo(haidian.id());
    assertThat(revised.content()).startsWith("每季度一次");
    decide(PlatformFixtures.member(engine, BEIJING), request, PairingDecision.APPROVE, null);
    assertThat(request).isEnded().hasPassed(REVISE_TASK, ACTIVE_END);
    assertThat(pairing(request).status()).isEqualTo(PairingStatus.ACTIVE);
  }

  @Test
  void aRefusalNeedsItsReasonAndEndsTheRequest() {
    ProcessInstance request = request(requester, PlatformFixtures.request(hongshan, null, CONTENT));

    assertThatThrownBy(() -> decide(hubeiStaff, request, PairingDecision.REJECT, null))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("请填写“审批意见”（退回或不予通过时必填）");
    assertThat(request).isWaitingAt(APPROVE_TASK);
    decide(hubeiStaff, request, PairingDecision.REJECT, "该阵地已由本省化学会结对，请选择其他阵地");

    assertThat(request).isEnded().hasPassed(REJECTED_END).hasNotPassed(ACTIVE_END);
    assertThat(pairing(request).status()).isEqualTo(PairingStatus.REJECTED);
    assertThat(request(requester, PlatformFixtures.request(hongshan, null, CONTENT))).as("may ask again")
        .isWaitingAt(APPROVE_TASK);
  }

  @Test
  void whenTheProvincialAssociationItselfAsksCastsOrganisersApprove() {
    ProcessInstance request = request(hubeiStaff, PlatformFixtures.request(hongshan, null, CONTENT));

    assertThat(request).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(Groups.ORGANIZERS);
    assertThat(driver.as(PlatformFixtures.member(engine, HUBEI), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(request.getId()).count())).as("a colleague of the association does not approve it").isZero();
    decide("organizer", request, PairingDecision.APPROVE, null);
    assertThat(request).isEnded().hasPassed(ACTIVE_END);
  }

  @Test
  void theRequesterNeverApprovesTheirOwnRequest() {
    String organiserOfHubei = PlatformFixtures.member(engine, HUBEI, Groups.ORGANIZERS);
    ProcessInstance request = request(organiserOfHubei, PlatformFixtures.request(hongshan, null, CONTENT));

    assertThat(request).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(Groups.ORGANIZERS);
    assertThat(driver.as(organiserOfHubei, () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(request.getId()).count())).as("the requester does not see it").isZero();
    assertThatThrownBy(() -> decide(organiserOfHubei, request, PairingDecision.APPROVE, null))
        .isInstanceOf(AuthorizationException.class);
    // Without a signed-in user no authorization is checked; the rule itself still holds.
    Map<String, Object> approval = Map.of(DECISION, PairingDecision.APPROVE.name());
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(driver.task(request).getId(), approval))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("审批须由阵地所在省级科协");
    assertThat(request).isWaitingAt(APPROVE_TASK);
    decide("organizer", request, PairingDecision.APPROVE, null);
    assertThat(request).isEnded().hasPassed(ACTIVE_END);
  }

  @Test
  void invalidInputIsRefusedInChineseAndNothingIsKept() {
    long before = count();
    Map<String, Object> form = PlatformFixtures.request(hongshan, null, "太短");
    form.put(CONTACT_MOBILE, "010-1234");
    form.put(ENDS_ON, "2019-04-01");

    assertThatThrownBy(() -> request(requester, form)).isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("“结对服务内容”应为10至1000个字（当前2个字）")
        .hasMessageContaining("“联系人手机”格式不正确：请输入 11 位手机号码，例如 13812345678")
        .hasMessageContaining("“结对结束日期”应晚于开始日期");
    Map<String, Object> unknownCentre = PlatformFixtures.request(hongshan, null, CONTENT);
    unknownCentre.put(CENTRE_CODE, "C999999999");
    assertThatThrownBy(() -> request(requester, unknownCentre))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("没有编号为 C999999999 的基层服务阵地");
    assertThatThrownBy(() -> request("reviewer1", PlatformFixtures.request(hongshan, null, CONTENT)))
        .isInstanceOf(AuthorizationException.class);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aTeamOfAnotherOrganisationOrNotYetActiveIsRefused() {
    Team othersTeam = activeTeam(MECHANICAL_SOCIETY);
    long applyingId = teams.register(requester, List.of(CHEMICAL_SOCIETY),
        teamApplication(activeTeam(CHEMICAL_SOCIETY).code())).teamId();

    assertThatThrownBy(() -> request(requester, PlatformFixtures.request(hongshan, othersTeam.code(), CONTENT)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("服务队 " + othersTeam.code() + " 不是本单位已启用的队伍");
    assertThatThrownBy(() -> request(requester, PlatformFixtures.request(hongshan, Team.code(applyingId), CONTENT)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("不是本单位已启用的队伍");
  }

  @Test
  void theSamePartyIsNotPairedTwiceWithTheSameCentre() {
    ProcessInstance first = request(requester, PlatformFixtures.request(hongshan, null, CONTENT));

    assertThatThrownBy(() -> request(requester, PlatformFixtures.request(hongshan, null, CONTENT)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("尚在办理中，请勿重复申请");
    decide(hubeiStaff, first, PairingDecision.APPROVE, null);
    String colleague = PlatformFixtures.member(engine, CHEMICAL_SOCIETY);
    assertThatThrownBy(() -> request(colleague, PlatformFixtures.request(hongshan, null, CONTENT)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("已与 " + hongshan.code() + " " + hongshan.name() + " 结对（" + pairing(first).code() + "），不能重复结对");
    Team team = activeTeam(CHEMICAL_SOCIETY);
    assertThat(request(requester, PlatformFixtures.request(hongshan, team.code(), CONTENT)))
        .as("one of its teams is another party").isWaitingAt(APPROVE_TASK);
  }

  @Test
  void aProvincialAssociationPairsOnlyWithCentresOfItsProvince() {
    String beijingStaff = PlatformFixtures.member(engine, BEIJING);

    assertThatThrownBy(() -> request(beijingStaff, PlatformFixtures.request(hongshan, null, CONTENT)))
        .isInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("省级科协只能与本省（区、市）的基层服务阵地结对；" + hongshan.code() + " 位于湖北");
  }

  private Team activeTeam(String orgCode) {
    return teams.enterActive(teamApplication(null), TeamRank.TEAM, teams.nationalCorps(), orgCode, "organizer",
        "organizer");
  }

  private static TeamApplication teamApplication(String parentCode) {
    return new TeamApplication("社区科普服务队", parentCode, ServiceField.SCIENCE_POPULARIZATION, "赵队长", "13812345678",
        List.of(new TeamMember(1, "李队员", "13900001111", "化学", null)));
  }

  private ProcessInstance request(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  private void decide(String user, ProcessInstance request, PairingDecision decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(DECISION, decision.name());
    form.put(DECISION_COMMENT, comment);
    Task task = driver.task(request);
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private Pairing pairing(ProcessInstance request) {
    return pairings.find((Long) variable(request, PAIRING_ID)).orElseThrow();
  }

  private long count() {
    return jdbc.sql("SELECT COUNT(*) FROM centre_pairing").query(Long.class).single();
  }
}
