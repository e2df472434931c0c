package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectFixtures.*;
import static cn.org.cast.volunteer.project.ProjectProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import cn.org.cast.volunteer.demand.DemandService;
import cn.org.cast.volunteer.demand.DemandStatus;
import cn.org.cast.volunteer.demand.ProjectDemand;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.TeamOrganisation;

/**
 * 科技志愿服务项目, every path: from accepted demands through recruitment, approval, three monthly reports
 * (reminded before, noticed when overdue) and the evaluation to a closed project whose results are on its
 * demands; a set-up returned and revised; a project refused, its demands back in the library; and what the
 * server refuses whatever the forms let through.
 */
@AppTest
class ServiceProjectProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  ProjectRepository projects;
  @Autowired
  DemandService demands;

  private EngineDriver driver;
  private TeamOrganisation society;
  private String firstDemand;
  private String secondDemand;
  private String trainingTeam;

  @BeforeEach
  void anAssociationWithDemandsAndATeam() {
    driver = new EngineDriver(engine, documents);
    society = TeamOrganisation.create(engine, jdbc);
    firstDemand = demand(jdbc, society.code(), "大棚蔬菜病虫害绿色防控培训", "ACCEPTED");
    secondDemand = demand(jdbc, society.code(), "村级农技员实用技术轮训", "ACCEPTED");
    trainingTeam = team(jdbc, society.code(), "农技培训服务队", ServiceField.TALENT_TRAINING, 12);
  }

  @Test
  void aDemandBecomesAnEvaluatedProjectWithItsResultOnTheDemand() {
    ProcessInstance project = propose(society.applicant(), setUp("县域农技人员培训项目", firstDemand + "，" + secondDemand));

    assertThat(project).isWaitingAt(RECRUIT_TASK).task().hasCandidateGroup(society.code());
    assertThat(project.getBusinessKey()).isEqualTo(ServiceProject.code(projectId(project)));
    assertThat(demandStatus(firstDemand)).isEqualTo("IN_PROJECT");
    assertThat((String) engine.getTaskService().getVariable(driver.task(project).getId(), MATCHING_TEAMS))
        .contains(trainingTeam + "** 农技培训服务队").contains("队员12人");

    driver.submit(society.colleague(), project, recruitment(trainingTeam, 8));
    assertThat(project).isWaitingAt(APPROVE_TASK).task().hasCandidateGroup(Groups.ORGANIZERS);
    assertThat(status(project)).isEqualTo(ProjectStatus.AWAITING_APPROVAL);
    assertThat(projects.teamsOf(projectId(project))).containsExactly(
        new Recruit(Long.parseLong(trainingTeam.substring(1)), 8));

    driver.submit("organizer", project, decision(ProjectDecision.APPROVE, null));
    assertThat(status(project)).isEqualTo(ProjectStatus.RUNNING);

    // Monthly from 6 May: 5 June, 5 July, and the last on the end date, 31 July 2019.
    for (String due : List.of("2019-06-05", "2019-07-05", "2019-07-31")) {
      assertThat(project).isWaitingAt(REPORT_TASK);
      Task report = driver.task(project);
      assertThat(report.getDueDate()).isEqualTo(OffsetDateTime.parse(due + "T23:59:59+08:00").toInstant());
      assertThat(report.getName()).startsWith("报送项目进展（第");
      driver.submit(society.colleague(), project, Map.of(PROGRESS, "本期开展培训两场，服务农技人员120人次，进展顺利"));
    }
    assertThat(status(project)).isEqualTo(ProjectStatus.EVALUATING);
    assertThat(project).isWaitingAt(EVALUATE_TASK).task().hasCandidateGroup(society.code());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> demandLines = (List<Map<String, Object>>) engine.getTaskService()
        .getVariable(driver.task(project).getId(), DEMAND_RESULTS);
    assertThat(demandLines).extracting(line -> line.get(DEMAND_CODE)).containsExactly(firstDemand, secondDemand);

    driver.submit(society.colleague(), project, evaluation(List.of(320, 18), List.of("已培训农技人员320人次", "完成两轮轮训")));

    assertThat(project).isEnded().hasPassed(REGISTER_PROJECT, RECRUIT_TASK, APPROVE_TASK, SCHEDULE_REPORT,
        EVALUATE_TASK, CLOSED_END);
    ServiceProject closed = projects.find(projectId(project)).orElseThrow();
    assertThat(closed.status()).isEqualTo(ProjectStatus.CLOSED);
    assertThat(closed.grade()).isEqualTo(EvaluationGrade.GOOD);
    assertThat(projects.indicators(closed.id())).extracting(Indicator::achieved, Indicator::met)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(new BigDecimal("320.00"), true),
            org.assertj.core.groups.Tuple.tuple(new BigDecimal("18.00"), false));
    assertThat(demands.heldBy(closed.id())).extracting(ProjectDemand::status, ProjectDemand::result).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DemandStatus.SERVED, "已培训农技人员320人次"),
        org.assertj.core.groups.Tuple.tuple(DemandStatus.SERVED, "完成两轮轮训"));
    assertThat(jdbc.sql("SELECT COUNT(*) FROM project_report WHERE project_id = :id AND submitted_at IS NOT NULL")
        .param("id", closed.id()).query(Long.class).single()).isEqualTo(3);
  }

  @Test
  void aReportIsRemindedBeforeItsDueDateAndNoticedWhenOverdue() {
    ProcessInstance project = approvedProject();
    long mailsBefore = mails(project, "PROJECT_REPORT_REMINDER");

    // 2 working days before Wednesday 5 June 2019 is Monday 3 June, 09:00.
    CampaignClock.set(OffsetDateTime.parse("2019-06-03T09:30:00+08:00"));
    driver.executeJobs();
    assertThat(mails(project, "PROJECT_REPORT_REMINDER")).isEqualTo(mailsBefore + 1);
    assertThat(mails(project, "PROJECT_REPORT_OVERDUE")).isZero();

    CampaignClock.set(OffsetDateTime.parse("2019-06-06T09:00:00+08:00"));
    driver.executeJobs();
    List<String> owner = jdbc.sql("SELECT email, leader_email FROM organization WHERE code = :code")
        .param("code", society.code()).query((rs, row) -> List.of(rs.getString(1), rs.getString(2))).single();
    assertThat(jdbc.sql("""
            SELECT recipient_email FROM notification WHERE process_instance_id = :id AND purpose = 'PROJECT_REPORT_OVERDUE'""")
        .param("id", project.getId()).query(String.class).list()).as("the association and its leadership")
        .containsExactlyInAnyOrderElementsOf(owner);
    assertThat(project).isWaitingAt(REPORT_TASK).hasPassed(REMIND_REPORT, NOTICE_OVERDUE);

    driver.submit(society.colleague(), project, Map.of(PROGRESS, "受天气影响推迟一周，已补报本期进展"));
    assertThat(project).isWaitingAt(REPORT_TASK);
    assertThat(driver.task(project).getName()).isEqualTo("报送项目进展（第2期）");
  }

  @Test
  void aReturnedProjectIsRevisedStaffedAgainAndApproved() {
    ProcessInstance project = propose(society.applicant(), setUp("县域农技人员培训项目", firstDemand + ", " + secondDemand));
    driver.submit(society.colleague(), project, recruitment(trainingTeam, 8));
    driver.submit("organizer", project, decision(ProjectDecision.RETURN, "两项需求宜分别立项，请聚焦第一项"));

    assertThat(project).isWaitingAt(REVISE_TASK).task().isAssignedTo(society.applicant());
    assertThat(status(project)).isEqualTo(ProjectStatus.RECRUITING);
    driver.submit(society.applicant(), project, setUp("大棚蔬菜病虫害防控培训项目", firstDemand));

    assertThat(project).isWaitingAt(RECRUIT_TASK).hasPassed(UPDATE_PROJECT);
    assertThat(demandStatus(firstDemand)).isEqualTo("IN_PROJECT");
    assertThat(demandStatus(secondDemand)).as("dropped, back in the library").isEqualTo("ACCEPTED");
    assertThat(projects.find(projectId(project)).orElseThrow().title()).isEqualTo("大棚蔬菜病虫害防控培训项目");
    driver.submit(society.colleague(), project, recruitment(trainingTeam, 6));
    driver.submit("organizer", project, decision(ProjectDecision.APPROVE, null));
    assertThat(project).isWaitingAt(REPORT_TASK).hasPassed(REVISE_TASK);
  }

  @Test
  void aRefusedProjectEndsAndItsDemandsGoBackToTheLibrary() {
    ProcessInstance project = propose(society.applicant(), setUp("县域农技人员培训项目", firstDemand));
    driver.submit(society.colleague(), project, recruitment(trainingTeam, 8));
    driver.submit("organizer", project, decision(ProjectDecision.REJECT, "与已有项目重复"));

    assertThat(project).isEnded().hasPassed(REJECTED_END).hasNotPassed(SCHEDULE_REPORT);
    assertThat(status(project)).isEqualTo(ProjectStatus.REJECTED);
    assertThat(demandStatus(firstDemand)).isEqualTo("ACCEPTED");
    assertThat(propose(society.applicant(), setUp("重新设立的培训项目", firstDemand))).isWaitingAt(RECRUIT_TASK);
  }

  @Test
  void theServerRefusesDemandsTeamsAndDecisionsTheRulesDoNotAllow() {
    TeamOrganisation other = TeamOrganisation.create(engine, jdbc);
    String othersDemand = demand(jdbc, other.code(), "其他单位的需求", "ACCEPTED");
    String untriaged = demand(jdbc, society.code(), "尚未分拣的需求", "SUBMITTED");
    long before = jdbc.sql("SELECT COUNT(*) FROM service_project").query(Long.class).single();

    assertThatThrownBy(() -> propose(society.applicant(), setUp("借用其他单位需求的项目", othersDemand)))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("由其他单位受理");
    assertThatThrownBy(() -> propose(society.applicant(), setUp("承接未入库需求的项目", untriaged + "、D999999999")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("尚未入库或已由其他项目承接")
        .hasMessageContaining("没有编号为 D999999999 的需求");
    Map<String, Object> noIndicators = setUp("没有绩效指标的项目", firstDemand);
    noIndicators.put(INDICATORS, List.of());
    assertThatThrownBy(() -> propose(society.applicant(), noIndicators))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("请填写绩效指标");
    assertThat(jdbc.sql("SELECT COUNT(*) FROM service_project").query(Long.class).single()).isEqualTo(before);
    assertThat(demandStatus(firstDemand)).isEqualTo("ACCEPTED");

    ProcessInstance project = propose(society.applicant(), setUp("县域农技人员培训项目", firstDemand));
    String popularizers = team(jdbc, society.code(), "社区科普服务队", ServiceField.SCIENCE_POPULARIZATION, 5);
    assertThatThrownBy(() -> driver.submit(society.colleague(), project, recruitment(popularizers, 3)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("与项目的服务类型“人才培训”不符");
    assertThatThrownBy(() -> driver.submit(society.colleague(), project, recruitment(trainingTeam, 13)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("只有12名队员");
    assertThat(project).isWaitingAt(RECRUIT_TASK);

    driver.submit(society.colleague(), project, recruitment(trainingTeam, 8));
    assertThatThrownBy(() -> driver.submit("organizer", project, decision(ProjectDecision.REJECT, null)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("请填写“审批意见”（退回或不予通过时必填）");
    assertThat(project).isWaitingAt(APPROVE_TASK);
  }

  private ProcessInstance approvedProject() {
    ProcessInstance project = propose(society.applicant(), setUp("县域农技人员培训项目", firstDemand));
    driver.submit(society.colleague(), project, recruitment(trainingTeam, 8));
    driver.submit("organizer", project, decision(ProjectDecision.APPROVE, null));
    return project;
  }

  private ProcessInstance propose(String user, Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    return driver.as(user, () -> engine.getFormService().submitStartForm(definitionId, form));
  }

  private Map<String, Object> evaluation(List<Integer> achieved, List<String> results) {
    Map<String, Object> form = new HashMap<>();
    form.put(EVALUATION_GRADE, EvaluationGrade.GOOD.name());
    form.put(EVALUATION_SUMMARY, "培训规模超出预期，示范户略少于目标，经验可在邻县推广");
    form.put(INDICATORS, achieved.stream().map(value -> Map.<String, Object>of(INDICATOR_ACHIEVED, value)).toList());
    form.put(DEMAND_RESULTS, results.stream().map(result -> Map.<String, Object>of(DEMAND_RESULT, result)).toList());
    return form;
  }

  private long projectId(ProcessInstance project) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(project.getId()).variableName(PROJECT_ID).singleResult().getValue();
  }

  private ProjectStatus status(ProcessInstance project) {
    return projects.find(projectId(project)).orElseThrow().status();
  }

  private String demandStatus(String code) {
    return jdbc.sql("SELECT status FROM innovation_demand WHERE id = :id").param("id", Long.parseLong(code.substring(1)))
        .query(String.class).single();
  }

  private long mails(ProcessInstance project, String purpose) {
    return jdbc.sql("SELECT COUNT(*) FROM notification WHERE process_instance_id = :id AND purpose = :purpose")
        .param("id", project.getId()).param("purpose", purpose).query(Long.class).single();
  }
}
