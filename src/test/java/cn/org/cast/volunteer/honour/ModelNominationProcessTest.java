package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;
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
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamService;

/**
 * 推荐先进典型, every path: published on approval, returned and revised then published, refused with a
 * reason; a typical person on the grounds of the team's campaign selection; and the nominator never
 * reviewing their own nomination.
 */
@AppTest
class ModelNominationProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TeamService teams;
  @Autowired
  ModelRepository models;
  @Autowired
  ModelService service;

  private EngineDriver driver;
  private ModelSociety society;

  @BeforeEach
  void aSocietyWithAClosedProject() {
    driver = new EngineDriver(engine, documents);
    society = ModelSociety.create(engine, jdbc, teams);
  }

  @Test
  void anApprovedNominationIsPublishedWithItsCitation() {
    long project = society.closedProject();
    ProcessInstance nomination = nominate(society.nominator(), ModelSociety.teamProposal(society.team(), project));

    assertThat(nomination).isWaitingAt(REVIEW_TASK).task().hasCandidateGroup(Groups.ORGANIZERS).hasName("评审先进典型推荐");
    Nomination recorded = nomination(nomination);
    assertThat(nomination.getBusinessKey()).isEqualTo(recorded.code()).startsWith("M");
    assertThat(recorded.status()).isEqualTo(NominationStatus.NOMINATED);
    assertThat(recorded.orgCode()).isEqualTo(society.organisation().code());
    assertThat(nomination).variables().containsEntry(TEAM_NAME, "社区科普服务队")
        .containsEntry(HOST_ORGANIZATION, society.organisation().name())
        .containsEntry(SOURCES, "S" + project + " 社区老年人防诈骗科普项目（结项评价：优秀）");

    review("organizer", nomination, ModelDecision.APPROVE, null, "科技志愿服务先进队伍");

    assertThat(nomination).isEnded().hasPassed(REGISTER_NOMINATION, REVIEW_TASK, PUBLISHED_END);
    Nomination published = nomination(nomination);
    assertThat(published.status()).isEqualTo(NominationStatus.PUBLISHED);
    assertThat(published.title()).isEqualTo("科技志愿服务先进队伍");
    assertThat(published.decidedBy()).isEqualTo("organizer");
    assertThat(published.publishedAt()).isEqualTo(CampaignClock.ISSUED);
    assertThat(service.sources(List.of(published.id())).get(published.id())).extracting(SourceProject::code)
        .containsExactly("S" + project);
  }

  @Test
  void aReturnedNominationIsRevisedByTheNominatorAndReviewedAgain() {
    long project = society.closedProject();
    ProcessInstance nomination = nominate(society.nominator(), ModelSociety.teamProposal(society.team(), project));
    review("organizer", nomination, ModelDecision.RETURN, "请补充服务成效的具体数据", null);

    assertThat(nomination).isWaitingAt(REVISE_TASK).task().isAssignedTo(society.nominator());
    assertThat(nomination(nomination).status()).isEqualTo(NominationStatus.RETURNED);
    Map<String, Object> revised = ModelSociety.teamProposal(society.team(), project);
    revised.put(DEEDS, "队伍扎根社区三年，举办科普讲座62场、入户宣传1500户，辖区老年人电信诈骗受骗案件同比下降四成，受到居民和街道的一致好评。");
    driver.submit(society.nominator(), nomination, revised);

    assertThat(nomination).isWaitingAt(REVIEW_TASK).hasPassed(UPDATE_NOMINATION);
    assertThat(nomination(nomination).status()).isEqualTo(NominationStatus.NOMINATED);
    assertThat(nomination(nomination).deeds()).contains("62场");
    assertThat(nomination).variables().doesNotContainKey(DECISION).containsEntry(DECISION_COMMENT, "请补充服务成效的具体数据");
    review("organizer", nomination, ModelDecision.APPROVE, null, null);

    assertThat(nomination).isEnded().hasPassed(REVISE_TASK, PUBLISHED_END);
    assertThat(nomination(nomination).status()).isEqualTo(NominationStatus.PUBLISHED);
    assertThat(nomination(nomination).title()).isEqualTo("先进队伍");
  }

  @Test
  void aRejectedNominationEndsWithItsReason() {
    ProcessInstance nomination = nominate(society.nominator(),
        ModelSociety.personProposal(society.team(), "李志愿", society.closedProject()));
    Map<String, Object> noReason = Map.of(DECISION, ModelDecision.REJECT.name());
    Task task = driver.task(nomination);
    assertThatThrownBy(() -> driver.as("organizer", () -> engine.getFormService().submitTaskForm(task.getId(), noReason)))
        .hasMessageContaining("请填写“评审意见”");

    review("organizer", nomination, ModelDecision.REJECT, "事迹与所附服务项目关联不足，不予推荐", null);

    assertThat(nomination).isEnded().hasPassed(REJECTED_END).hasNotPassed(PUBLISHED_END);
    Nomination rejected = nomination(nomination);
    assertThat(rejected.status()).isEqualTo(NominationStatus.REJECTED);
    assertThat(rejected.decisionComment()).isEqualTo("事迹与所附服务项目关联不足，不予推荐");
    assertThat(rejected.publishedAt()).isNull();
    assertThat(nominate(society.nominator(), ModelSociety.personProposal(society.team(), "李志愿", society.closedProject())))
        .as("refused once, nominated again").isWaitingAt(REVIEW_TASK);
  }

  @Test
  void aTypicalPersonMayRestOnTheTeamsSelectionInACampaign() {
    Team selected = society.campaignTeam(driver, teams);
    Map<String, Object> proposal = ModelSociety.personProposal(selected, "赵老师");
    proposal.put(SOURCE_PROJECTS, null);
    proposal.put(CAMPAIGN_SOURCE, true);

    ProcessInstance nomination = nominate(society.nominator(), proposal);

    assertThat(nomination).isWaitingAt(REVIEW_TASK).variables().containsEntry(SOURCES, "主题活动入选：第三届全国科技工作者日主题活动");
    assertThat(nomination(nomination).sourceCampaign()).isEqualTo(selected.originCampaign());
    assertThat(nomination(nomination).personName()).isEqualTo("赵老师");
    review("organizer", nomination, ModelDecision.APPROVE, null, null);
    assertThat(nomination).isEnded().hasPassed(PUBLISHED_END);
  }

  @Test
  void theNominatorNeverReviewsTheirOwnNominationEvenAsAnOrganiser() {
    engine.getIdentityService().createMembership(society.nominator(), Groups.ORGANIZERS);
    ProcessInstance nomination = nominate(society.nominator(), ModelSociety.teamProposal(society.team(), society.closedProject()));

    assertThat(driver.as(society.nominator(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(nomination.getId()).count())).as("the nominator does not see it").isZero();
    assertThatThrownBy(() -> review(society.nominator(), nomination, ModelDecision.APPROVE, null, null))
        .isInstanceOf(AuthorizationException.class);
    // Without a signed-in user no authorization is checked; the rule itself still holds.
    Map<String, Object> approval = Map.of(DECISION, ModelDecision.APPROVE.name());
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(driver.task(nomination).getId(), approval))
        .hasMessageContaining("评审须由中国科协组织人事部的工作人员办理");
    assertThat(nomination).isWaitingAt(REVIEW_TASK);
    assertThat(nomination(nomination).status()).isEqualTo(NominationStatus.NOMINATED);
  }

  @Test
  void aRevisionThatBreaksTheRulesLosesNothing() {
    long project = society.closedProject();
    ProcessInstance nomination = nominate(society.nominator(), ModelSociety.teamProposal(society.team(), project));
    review("organizer", nomination, ModelDecision.RETURN, "请补充服务成效的具体数据", null);
    Map<String, Object> broken = ModelSociety.teamProposal(society.team(), project, society.project("RUNNING", null,
        society.team()));

    assertThatThrownBy(() -> driver.submit(society.nominator(), nomination, broken)).hasMessageContaining("尚未结项");

    assertThat(nomination).isWaitingAt(REVISE_TASK);
    assertThat(nomination(nomination).status()).isEqualTo(NominationStatus.RETURNED);
    assertThat(service.sources(List.of(nomination(nomination).id())).get(nomination(nomination).id()))
        .extracting(SourceProject::code).containsExactly("S" + project);
  }

  ProcessInstance nominate(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  private void review(String user, ProcessInstance nomination, ModelDecision decision, String comment, String citation) {
    Map<String, Object> form = new HashMap<>();
    form.put(DECISION, decision.name());
    form.put(DECISION_COMMENT, comment);
    form.put(CITATION, citation);
    Task task = driver.task(nomination);
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private Nomination nomination(ProcessInstance instance) {
    Long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(NOMINATION_ID).singleResult().getValue();
    return models.find(id).orElseThrow();
  }
}
