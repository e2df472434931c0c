package cn.org.cast.volunteer;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.demand.DemandForms;
import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.demand.SubmitterKind;
import cn.org.cast.volunteer.demand.TechField;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.honour.ModelKind;
import cn.org.cast.volunteer.honour.ModelProcess;
import cn.org.cast.volunteer.platform.Centre;
import cn.org.cast.volunteer.platform.CentreKind;
import cn.org.cast.volunteer.platform.PairingParty;
import cn.org.cast.volunteer.platform.PairingProcess;
import cn.org.cast.volunteer.platform.PlatformFixtures;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.project.ProjectFixtures;
import cn.org.cast.volunteer.project.ProjectProcess;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamOrganisation;
import cn.org.cast.volunteer.team.TeamProcess;
import cn.org.cast.volunteer.team.TeamService;

/**
 * Organisation A, signed in, tries every write the engine offers on organisation B's plan, team, pairing,
 * demand, project and nomination: B's task completed, resolved or submitted with forged variables, A's own
 * task completed with a variable naming B's record, variables set on either instance, and processes started
 * with forged record variables (also at the very task that changes the record). Every attempt is refused
 * and B's rows stay exactly as they were: the services read owner, state and process from our tables.
 */
@AppTest
class CrossOrganisationWritesTest {

  private static final String CHEMSOC = "chemsoc";
  private static final String CMES = "cmes";

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
  @Autowired
  TeamService teams;
  @Autowired
  Clock clock;

  private EngineDriver driver;
  private TaskService tasks;
  private RuntimeService runtime;
  private FormService forms;

  @BeforeEach
  void theEngineAsPeopleUseIt() {
    driver = new EngineDriver(engine, documents);
    tasks = engine.getTaskService();
    runtime = engine.getRuntimeService();
    forms = engine.getFormService();
  }

  @Test
  void aPlan() {
    PlanPair plans = twoPlans();
    Map<String, Object> before = planRows(plans.otherId());
    Map<String, Object> ownBefore = planRows(plans.ownId());
    Map<String, Object> forged = planSubmission("冒名提交的方案");
    forged.put(PlanProcess.PLAN_ID, plans.otherId());
    forged.put(PlanProcess.PLAN_STATUS, "APPROVED");
    Map<String, Object> withdrawal = new HashMap<>(Map.of(PlanProcess.SUBMISSION_ACTION, "WITHDRAW",
        PlanProcess.WITHDRAW_REASON, "冒名撤回他单位的方案", PlanProcess.PLAN_ID, plans.otherId()));

    // B's task, every way the engine completes one.
    String otherTask = driver.task(plans.other()).getId();
    refused(CHEMSOC, () -> tasks.complete(otherTask, forged));
    refused(CHEMSOC, () -> tasks.resolveTask(otherTask, forged));
    refused(CHEMSOC, () -> forms.submitTaskForm(otherTask, forged));
    refused(CHEMSOC, () -> runtime.setVariable(plans.other().getId(), PlanProcess.PLAN_STATUS, "WITHDRAWN"));

    // A's own task, naming B's plan.
    String ownTask = driver.task(plans.own()).getId();
    driver.attachDocuments(CHEMSOC, ownTask);
    refusedByOurRecords(CHEMSOC, () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(CHEMSOC, () -> forms.submitTaskForm(ownTask, forged));
    refusedByOurRecords(CHEMSOC, () -> tasks.complete(ownTask, withdrawal));
    // B's plan id put on A's instance first, then A's task completed as the form sends it.
    driver.as(CHEMSOC, () -> tasks.resolveTask(ownTask, Map.of(PlanProcess.PLAN_ID, plans.otherId())));
    refusedByOurRecords(CHEMSOC, () -> forms.submitTaskForm(ownTask, planSubmission("改了编号再提交")));
    refusedByOurRecords(CHEMSOC, () -> tasks.complete(ownTask, Map.of(PlanProcess.SUBMISSION_ACTION, "WITHDRAW",
        PlanProcess.WITHDRAW_REASON, "改了方案编号再撤回")));

    // A plan instance started for B's organisation: it may not take B's plan over.
    refused(CHEMSOC, () -> runtime.startProcessInstanceByKey(PlanProcess.KEY, campaignId + "/" + MECHANICAL_SOCIETY,
        Map.of(PlanProcess.CAMPAIGN_ID, campaignId, PlanProcess.ORG_CODE, MECHANICAL_SOCIETY)));
    refused(null, () -> runtime.startProcessInstanceByKey(PlanProcess.KEY,
        Map.of(PlanProcess.CAMPAIGN_ID, campaignId, PlanProcess.ORG_CODE, MECHANICAL_SOCIETY)));

    assertThat(planRows(plans.otherId())).isEqualTo(before);
    assertThat(planRows(plans.ownId())).isEqualTo(ownBefore);
    assertThat(driver.task(plans.other()).getId()).isEqualTo(otherTask);
    // Left forged, A's instance would fail at its deadline (the overdue step refuses B's plan too).
    restorePlanId(plans);
  }

  @Test
  void aPlanDecisionIsTheReviewersInThePlansOwnProcess() {
    PlanPair plans = twoPlans();
    // The host's name is the registry's, not what a (read-only) field was made to say.
    Map<String, Object> borrowedName = planSubmission("化学科普进社区");
    borrowedName.put(PlanProcess.HOST_ORGANIZATION, "中国机械工程学会");
    driver.submit(CHEMSOC, plans.own(), borrowedName);
    driver.submit(CMES, plans.other(), planSubmission("机械科普进校园"));
    assertThat(jdbc.sql("SELECT host_organization FROM plan_revision WHERE plan_id = :id").param("id", plans.ownId())
        .query(String.class).single()).isEqualTo("中国化学会");
    Map<String, Object> before = planRows(plans.otherId());

    // A reviewer's task for A's plan, completed with B's plan id: the decision does not land on B's plan.
    String reviewOfOwn = driver.task(plans.own()).getId();
    Map<String, Object> approval = new HashMap<>(Map.of(PlanProcess.REVIEW_DECISION, "REJECT",
        PlanProcess.REVIEW_COMMENT, "冒名退回他单位的方案", PlanProcess.PLAN_ID, plans.otherId()));
    refusedByOurRecords("reviewer1", () -> tasks.complete(reviewOfOwn, approval));
    // The submitting organisation never decides, not even on a task it could be handed.
    String reviewOfOther = driver.task(plans.other()).getId();
    refused(CHEMSOC, () -> tasks.complete(reviewOfOther, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE")));

    assertThat(planRows(plans.otherId())).isEqualTo(before);
    driver.submit("reviewer1", plans.other(), Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    assertThat(planStatus(plans.otherId())).isEqualTo("APPROVED");
  }

  @Test
  void aPlanThroughTheRestApi() throws Exception {
    PlanPair plans = twoPlans();
    Map<String, Object> before = planRows(plans.otherId());
    Map<String, Object> ownBefore = planRows(plans.ownId());
    String ownTask = driver.task(plans.own()).getId();
    driver.attachDocuments(CHEMSOC, ownTask);
    EngineRestClient rest = new EngineRestClient("http://localhost:" + port, CHEMSOC, password);
    Map<String, Object> forged = planSubmission("冒名提交的方案");
    forged.put(PlanProcess.PLAN_ID, plans.otherId());

    HttpResponse<String> submitNamingB = rest.post("/task/" + ownTask + "/submit-form", EngineRestClient.formBody(forged));
    assertThat(submitNamingB.statusCode()).as(submitNamingB.body()).isBetween(400, 499);

    HttpResponse<String> resolve = rest.post("/task/" + ownTask + "/resolve",
        Map.of("variables", Map.of(PlanProcess.PLAN_ID, Map.of("value", plans.otherId(), "type", "Long"))));
    HttpResponse<String> submit = rest.post("/task/" + ownTask + "/submit-form",
        EngineRestClient.formBody(planSubmission("改了编号再提交")));
    if (resolve.statusCode() < 400) {
      // The variable went in; the submission that would use it is refused before the engine records anything.
      assertThat(submit.statusCode()).as(submit.body()).isBetween(400, 499);
      assertThat(submit.body()).contains("方案编号与当前流程的方案档案不一致");
      assertThat(planRows(plans.ownId())).isEqualTo(ownBefore);
    } else {
      assertThat(resolve.statusCode()).isBetween(400, 499);
    }
    HttpResponse<String> otherTask = rest.post("/task/" + driver.task(plans.other()).getId() + "/resolve",
        Map.of("variables", Map.of(PlanProcess.PLAN_STATUS, Map.of("value", "APPROVED"))));
    assertThat(otherTask.statusCode()).isBetween(400, 499);

    assertThat(planRows(plans.otherId())).isEqualTo(before);
    restorePlanId(plans);
  }

  @Test
  void aTeam() {
    TeamOrganisation a = TeamOrganisation.create(engine, jdbc);
    String aCorps = approvedCorps(a);
    TeamOrganisation b = TeamOrganisation.create(engine, jdbc);
    String bCorps = approvedCorps(b);
    ProcessInstance own = applyForTeam(a.applicant(), teamApplication("社区科普服务队", aCorps));
    ProcessInstance other = applyForTeam(b.applicant(), teamApplication("校园科普服务队", bCorps));
    long otherId = (Long) runtime.getVariable(other.getId(), TeamProcess.TEAM_ID);
    Map<String, Object> before = teamRows(otherId);
    Map<String, Object> forged = teamDecision();
    forged.put(TeamProcess.TEAM_ID, otherId);
    forged.put(TeamProcess.APPLICANT, "somebody");

    String otherTask = driver.task(other).getId();
    refused(a.colleague(), () -> tasks.complete(otherTask, forged));
    refused(a.colleague(), () -> tasks.resolveTask(otherTask, forged));
    refused(a.colleague(), () -> forms.submitTaskForm(otherTask, forged));
    refused(a.colleague(), () -> runtime.setVariable(other.getId(), TeamProcess.TEAM_ID, 1L));

    String ownTask = driver.task(own).getId();
    refusedByOurRecords(a.colleague(), () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(a.colleague(), () -> forms.submitTaskForm(ownTask, forged));
    driver.as(a.colleague(), () -> tasks.resolveTask(ownTask, Map.of(TeamProcess.TEAM_ID, otherId)));
    refusedByOurRecords(a.colleague(), () -> forms.submitTaskForm(ownTask, teamDecision()));

    // A start that skips registration and waits at the approval, keyed and pointed at B's team.
    refusedAtStartOrWork(a.applicant(), () -> runtime.createProcessInstanceByKey(TeamProcess.KEY)
            .businessKey(Team.code(otherId)).setVariable(TeamProcess.TEAM_ID, otherId)
            .setVariable(TeamProcess.APPROVER_GROUP, a.code()).setVariable(TeamProcess.APPLICANT, a.applicant())
            .startBeforeActivity(TeamProcess.APPROVE_TASK).execute(),
        a.colleague(), teamDecision());
    // A start with B's team id among the variables registers A's own application, nothing of B's.
    Map<String, Object> startForm = teamApplication("第三支服务队", aCorps);
    startForm.put(TeamProcess.TEAM_ID, otherId);
    ProcessInstance third = applyForTeam(a.applicant(), startForm);
    assertThat(runtime.getVariable(third.getId(), TeamProcess.TEAM_ID)).isNotEqualTo(otherId);

    assertThat(teamRows(otherId)).isEqualTo(before);
  }

  @Test
  void aPairing() {
    String ownRequester = member("N006");
    String otherRequester = member("N043");
    ProcessInstance own = requestPairing(ownRequester, newCentre());
    ProcessInstance other = requestPairing(otherRequester, newCentre());
    long otherId = (Long) runtime.getVariable(other.getId(), PairingProcess.PAIRING_ID);
    // B's request waits for Beijing's association; A's was sent back to A for corrections.
    driver.as("bjast", () -> forms.submitTaskForm(driver.task(own).getId(),
        Map.of(PairingProcess.DECISION, "RETURN", PairingProcess.DECISION_COMMENT, "请补充服务内容")));
    Map<String, Object> before = row("centre_pairing", otherId);
    Map<String, Object> forged = pairingRequest(newCentre(), "冒名修改的结对内容，每月一次科普讲座。");
    forged.put(PairingProcess.PAIRING_ID, otherId);

    String otherTask = driver.task(other).getId();
    refused(ownRequester, () -> tasks.complete(otherTask, Map.of(PairingProcess.DECISION, "APPROVE")));
    refused(ownRequester, () -> tasks.resolveTask(otherTask, Map.of(PairingProcess.DECISION, "APPROVE")));
    refused(ownRequester, () -> forms.submitTaskForm(otherTask, Map.of(PairingProcess.DECISION, "APPROVE")));
    refused(ownRequester, () -> runtime.setVariable(other.getId(), PairingProcess.PAIRING_ID, 1L));

    String ownTask = driver.task(own).getId();
    refusedByOurRecords(ownRequester, () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(ownRequester, () -> forms.submitTaskForm(ownTask, forged));

    refusedAtStartOrWork(ownRequester, () -> runtime.createProcessInstanceByKey(PairingProcess.KEY)
            .businessKey("J" + otherId).setVariable(PairingProcess.PAIRING_ID, otherId)
            .setVariable(PairingProcess.APPLICANT, ownRequester)
            .startBeforeActivity(PairingProcess.REVISE_TASK).execute(),
        ownRequester, pairingRequest(newCentre(), "冒名修改的结对内容，每月一次科普讲座。"));

    assertThat(row("centre_pairing", otherId)).isEqualTo(before);
  }

  @Test
  void aDemandThroughTheRestApi() throws Exception {
    ProcessInstance own = enterDemand(CHEMSOC, "化学品仓储安全监测" + unique());
    ProcessInstance other = enterDemand("bjast", "城市地下管网渗漏检测" + unique());
    long ownId = (Long) runtime.getVariable(own.getId(), DemandProcess.DEMAND_ID);
    long otherId = (Long) runtime.getVariable(other.getId(), DemandProcess.DEMAND_ID);
    Map<String, Object> before = row("innovation_demand", otherId);
    String ownTask = driver.task(own).getId();
    EngineRestClient rest = new EngineRestClient("http://localhost:" + port, CHEMSOC, password);
    Map<String, Object> decline = Map.of(DemandProcess.TRIAGE_DECISION, "DECLINE", DemandProcess.DECLINE_REASON,
        "冒名不予受理他单位的需求");

    HttpResponse<String> resolve = rest.post("/task/" + ownTask + "/resolve",
        Map.of("variables", Map.of(DemandProcess.DEMAND_ID, Map.of("value", otherId, "type", "Long"))));
    HttpResponse<String> submit = rest.post("/task/" + ownTask + "/submit-form", EngineRestClient.formBody(decline));
    if (resolve.statusCode() < 400) {
      assertThat(submit.statusCode()).as(submit.body()).isBetween(400, 499);
      assertThat(submit.body()).contains("需求编号与当前流程不一致");
      assertThat(jdbc.sql("SELECT status FROM innovation_demand WHERE id = :id").param("id", ownId).query(String.class)
          .single()).isEqualTo("SUBMITTED");
      runtime.setVariable(own.getId(), DemandProcess.DEMAND_ID, ownId);
    } else {
      assertThat(resolve.statusCode()).isBetween(400, 499);
    }
    assertThat(row("innovation_demand", otherId)).isEqualTo(before);
  }

  @Test
  void aDemand() {
    ProcessInstance own = enterDemand(CHEMSOC, "化学品仓储安全监测" + unique());
    ProcessInstance other = enterDemand("bjast", "城市地下管网渗漏检测" + unique());
    long otherId = (Long) runtime.getVariable(other.getId(), DemandProcess.DEMAND_ID);
    Map<String, Object> before = row("innovation_demand", otherId);
    Map<String, Object> forged = new HashMap<>(Map.of(DemandProcess.TRIAGE_DECISION, "DECLINE",
        DemandProcess.DECLINE_REASON, "冒名不予受理", DemandProcess.DEMAND_ID, otherId));

    String otherTask = driver.task(other).getId();
    refused(CHEMSOC, () -> tasks.complete(otherTask, forged));
    refused(CHEMSOC, () -> tasks.resolveTask(otherTask, forged));
    refused(CHEMSOC, () -> forms.submitTaskForm(otherTask, forged));
    refused(CHEMSOC, () -> runtime.setVariable(other.getId(), DemandProcess.OWNER_GROUP, "N006"));

    String ownTask = driver.task(own).getId();
    refusedByOurRecords(CHEMSOC, () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(CHEMSOC, () -> forms.submitTaskForm(ownTask, forged));

    refusedAtStartOrWork(CHEMSOC, () -> runtime.createProcessInstanceByKey(DemandProcess.KEY)
            .businessKey("D" + otherId).setVariable(DemandProcess.DEMAND_ID, otherId)
            .setVariable(DemandProcess.OWNER_GROUP, "N006").startBeforeActivity(DemandProcess.TRIAGE_TASK).execute(),
        CHEMSOC, Map.of(DemandProcess.TRIAGE_DECISION, "DECLINE", DemandProcess.DECLINE_REASON, "冒名不予受理"));
    // The public way in is the app's alone, whatever the variables name.
    refused(CHEMSOC, () -> runtime.createMessageCorrelation(DemandProcess.PUBLIC_MESSAGE)
        .setVariable(DemandProcess.DEMAND_ID, otherId).setVariable(DemandProcess.OWNER_GROUP, "N006")
        .correlateStartMessage());

    assertThat(row("innovation_demand", otherId)).isEqualTo(before);
  }

  @Test
  void aProject() {
    String teamCode = ProjectFixtures.team(jdbc, "N006", "跨单位测试服务队" + unique(), ServiceField.TALENT_TRAINING, 5);
    ProcessInstance own = setUpProject(CHEMSOC, ProjectFixtures.demand(jdbc, "N006", "化学实验员培训" + unique(), "ACCEPTED"));
    ProcessInstance other = setUpProject(CMES, ProjectFixtures.demand(jdbc, "N043", "数控机床操作培训" + unique(), "ACCEPTED"));
    long otherId = (Long) runtime.getVariable(other.getId(), ProjectProcess.PROJECT_ID);
    Map<String, Object> before = projectRows(otherId);
    Map<String, Object> forged = new HashMap<>(ProjectFixtures.recruitment(teamCode, 3));
    forged.put(ProjectProcess.PROJECT_ID, otherId);

    String otherTask = driver.task(other).getId();
    refused(CHEMSOC, () -> tasks.complete(otherTask, forged));
    refused(CHEMSOC, () -> tasks.resolveTask(otherTask, forged));
    refused(CHEMSOC, () -> forms.submitTaskForm(otherTask, forged));
    refused(CHEMSOC, () -> runtime.setVariable(other.getId(), ProjectProcess.OWNER_GROUP, "N006"));

    String ownTask = driver.task(own).getId();
    refusedByOurRecords(CHEMSOC, () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(CHEMSOC, () -> forms.submitTaskForm(ownTask, forged));

    refusedAtStartOrWork(CHEMSOC, () -> runtime.createProcessInstanceByKey(ProjectProcess.KEY)
            .businessKey("S" + otherId).setVariable(ProjectProcess.PROJECT_ID, otherId)
            .setVariable(ProjectProcess.OWNER_GROUP, "N006").setVariable(ProjectProcess.APPLICANT, CHEMSOC)
            .startBeforeActivity(ProjectProcess.RECRUIT_TASK).execute(),
        CHEMSOC, ProjectFixtures.recruitment(teamCode, 3));
    // An organiser deciding on a project from another project's approval: not on B's.
    driver.submit(CHEMSOC, own, ProjectFixtures.recruitment(teamCode, 3));
    Map<String, Object> approval = new HashMap<>(Map.of(ProjectProcess.PROJECT_DECISION, "REJECT",
        ProjectProcess.DECISION_COMMENT, "冒名不予批准", ProjectProcess.PROJECT_ID, otherId));
    refusedByOurRecords("organizer", () -> tasks.complete(driver.task(own).getId(), approval));

    assertThat(projectRows(otherId)).isEqualTo(before);
  }

  @Test
  void aNomination() {
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    TeamOrganisation a = TeamOrganisation.create(engine, jdbc);
    Team aTeam = campaignTeam(campaignId, a, "1/team/1");
    TeamOrganisation b = TeamOrganisation.create(engine, jdbc);
    Team bTeam = campaignTeam(campaignId, b, "1/team/2");
    ProcessInstance own = nominate(a.applicant(), aTeam);
    ProcessInstance other = nominate(b.applicant(), bTeam);
    long otherId = (Long) runtime.getVariable(other.getId(), ModelProcess.NOMINATION_ID);
    driver.as("organizer", () -> forms.submitTaskForm(driver.task(own).getId(),
        Map.of(ModelProcess.DECISION, "RETURN", ModelProcess.DECISION_COMMENT, "请补充事迹数据")));
    Map<String, Object> before = row("model_nomination", otherId);
    Map<String, Object> forged = proposal(aTeam);
    forged.put(ModelProcess.NOMINATION_ID, otherId);

    String otherTask = driver.task(other).getId();
    Map<String, Object> review = Map.of(ModelProcess.DECISION, "REJECT", ModelProcess.DECISION_COMMENT, "冒名评审");
    refused(a.applicant(), () -> tasks.complete(otherTask, review));
    refused(a.applicant(), () -> tasks.resolveTask(otherTask, review));
    refused(a.applicant(), () -> forms.submitTaskForm(otherTask, review));
    refused(a.applicant(), () -> runtime.setVariable(other.getId(), ModelProcess.NOMINATION_ID, 1L));

    String ownTask = driver.task(own).getId();
    refusedByOurRecords(a.applicant(), () -> tasks.complete(ownTask, forged));
    refusedByOurRecords(a.applicant(), () -> forms.submitTaskForm(ownTask, forged));

    refusedAtStartOrWork(a.applicant(), () -> runtime.createProcessInstanceByKey(ModelProcess.KEY)
            .businessKey("M" + otherId).setVariable(ModelProcess.NOMINATION_ID, otherId)
            .setVariable(ModelProcess.NOMINATOR, a.applicant()).startBeforeActivity(ModelProcess.REVISE_TASK).execute(),
        a.applicant(), proposal(aTeam));

    assertThat(row("model_nomination", otherId)).isEqualTo(before);
  }

  // --- Refusals ---

  /** Refused, by the engine's authorizations or by our services; as the user, or without one when null. */
  private void refused(String user, ThrowingCallable attempt) {
    assertThatThrownBy(() -> as(user, attempt)).satisfies(thrown -> assertThat(causes(thrown))
        .anyMatch(cause -> cause instanceof AuthorizationException || cause instanceof SubmissionRejectedException));
  }

  /** Refused by our services because the record in the variables is not the one our tables bind to the work. */
  private void refusedByOurRecords(String user, ThrowingCallable attempt) {
    assertThatThrownBy(() -> as(user, attempt)).satisfies(thrown -> assertThat(causes(thrown))
        .anyMatch(cause -> cause instanceof RecordGuard.Refused
            || cause instanceof SubmissionRejectedException && cause.getMessage().contains("不一致")));
  }

  /** The start is refused, or the work at the task it started is. */
  private void refusedAtStartOrWork(String starter, Supplier<ProcessInstance> start, String worker,
      Map<String, Object> form) {
    ProcessInstance started;
    try {
      started = driver.as(starter, start);
    } catch (AuthorizationException refusedAtStart) {
      return;
    }
    Task task = driver.task(started);
    assertThatThrownBy(() -> as(worker, () -> forms.submitTaskForm(task.getId(), form)))
        .satisfies(thrown -> assertThat(causes(thrown)).anyMatch(cause -> cause instanceof RecordGuard.Refused));
    // No other test should meet the forged instance in its task lists.
    runtime.deleteProcessInstance(started.getId(), "forged start of a cross-organisation test");
  }

  private void as(String user, ThrowingCallable attempt) throws Throwable {
    if (user == null) {
      attempt.call();
      return;
    }
    Throwable[] thrown = new Throwable[1];
    driver.as(user, () -> {
      try {
        attempt.call();
      } catch (Throwable t) {
        thrown[0] = t;
      }
    });
    if (thrown[0] != null) {
      throw thrown[0];
    }
  }

  private static List<Throwable> causes(Throwable thrown) {
    List<Throwable> causes = new ArrayList<>();
    for (Throwable cause = thrown; cause != null && !causes.contains(cause); cause = cause.getCause()) {
      causes.add(cause);
    }
    return causes;
  }

  // --- Plans ---

  private String campaignId;

  private record PlanPair(ProcessInstance own, long ownId, ProcessInstance other, long otherId) {}

  /** chemsoc's plan (A) and cmes's plan (B), both waiting for their submission. */
  private PlanPair twoPlans() {
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance own = driver.plan(campaignId, CHEMICAL_SOCIETY);
    ProcessInstance other = driver.plan(campaignId, MECHANICAL_SOCIETY);
    return new PlanPair(own, planId(own), other, planId(other));
  }

  private void restorePlanId(PlanPair plans) {
    runtime.setVariable(plans.own().getId(), PlanProcess.PLAN_ID, plans.ownId());
  }

  private long planId(ProcessInstance plan) {
    return ((Number) runtime.getVariable(plan.getId(), PlanProcess.PLAN_ID)).longValue();
  }

  private String planStatus(long planId) {
    return jdbc.sql("SELECT status FROM preparation_plan WHERE id = :id").param("id", planId).query(String.class)
        .single();
  }

  private Map<String, Object> planRows(long planId) {
    Map<String, Object> rows = new LinkedHashMap<>(row("preparation_plan", planId));
    rows.put("revisions", rows("SELECT * FROM plan_revision WHERE plan_id = :id ORDER BY id", planId));
    rows.put("decisions", rows("SELECT * FROM plan_decision WHERE plan_id = :id ORDER BY id", planId));
    return rows;
  }

  // --- Teams ---

  private String approvedCorps(TeamOrganisation organisation) {
    ProcessInstance corps = applyForTeam(organisation.applicant(), teamApplication("科技志愿服务总队", null));
    driver.as("organizer", () -> forms.submitTaskForm(driver.task(corps).getId(), teamDecision()));
    return Team.code((Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(corps.getId()).variableName(TeamProcess.TEAM_ID).singleResult().getValue());
  }

  private ProcessInstance applyForTeam(String user, Map<String, Object> form) {
    return driver.as(user, () -> forms.submitStartForm(definition(TeamProcess.KEY), form));
  }

  private static Map<String, Object> teamApplication(String name, String parent) {
    Map<String, Object> form = new HashMap<>();
    form.put(TeamProcess.TEAM_NAME, name);
    form.put(TeamProcess.PARENT_TEAM, parent);
    form.put(TeamProcess.SERVICE_FIELD, ServiceField.SCIENCE_POPULARIZATION.name());
    form.put(TeamProcess.LEADER_NAME, "张队长");
    form.put(TeamProcess.LEADER_MOBILE, "13812345678");
    form.put(TeamProcess.MEMBERS, List.of(Map.of(TeamProcess.MEMBER_NAME, "李队员", TeamProcess.MEMBER_MOBILE,
        "13900001111", TeamProcess.MEMBER_EXPERTISE, "化学")));
    return form;
  }

  private static Map<String, Object> teamDecision() {
    Map<String, Object> form = new HashMap<>();
    form.put(TeamProcess.TEAM_DECISION, "APPROVE");
    form.put(TeamProcess.DECISION_COMMENT, null);
    return form;
  }

  private Map<String, Object> teamRows(long teamId) {
    Map<String, Object> rows = new LinkedHashMap<>(row("volunteer_team", teamId));
    rows.put("members", rows("SELECT * FROM team_member WHERE team_id = :id ORDER BY position", teamId));
    return rows;
  }

  // --- Pairings ---

  private Centre newCentre() {
    return PlatformFixtures.centre(jdbc, clock, CentreKind.CIVILIZATION_PRACTICE_CENTRE, "北京", "110108", "北京市海淀区");
  }

  private ProcessInstance requestPairing(String user, Centre centre) {
    return driver.as(user, () -> forms.submitStartForm(definition(PairingProcess.KEY),
        pairingRequest(centre, "每月一次社区科普讲座，寒暑假开展青少年科学实验营。")));
  }

  private static Map<String, Object> pairingRequest(Centre centre, String content) {
    Map<String, Object> form = new HashMap<>();
    form.put(PairingProcess.CENTRE_CODE, centre.code());
    form.put(PairingProcess.PARTY, PairingParty.ORGANIZATION.name());
    form.put(PairingProcess.TEAM_CODE, null);
    form.put(PairingProcess.CONTENT, content);
    form.put(PairingProcess.CONTACT_NAME, "张联络");
    form.put(PairingProcess.CONTACT_MOBILE, "13812345678");
    form.put(PairingProcess.STARTS_ON, "2019-05-01");
    form.put(PairingProcess.ENDS_ON, "2021-04-30");
    return form;
  }

  private String member(String organisation) {
    String userId = "cross" + unique();
    var user = engine.getIdentityService().newUser(userId);
    user.setFirstName(userId);
    user.setLastName("工作人员");
    user.setPassword(TeamOrganisation.PASSWORD);
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(userId, organisation);
    return userId;
  }

  // --- Demands ---

  private ProcessInstance enterDemand(String user, String title) {
    return driver.as(user, () -> forms.submitStartForm(definition(DemandProcess.KEY), DemandForms.demand(title,
        SubmitterKind.ENTERPRISE, "测试科技有限公司", "北京", TechField.NEW_MATERIALS,
        ServiceField.TECHNOLOGY_BREAKTHROUGH, true)));
  }

  // --- Projects ---

  private ProcessInstance setUpProject(String user, String demandCode) {
    return driver.as(user, () -> forms.submitStartForm(definition(ProjectProcess.KEY),
        ProjectFixtures.setUp("跨单位测试项目" + unique(), demandCode)));
  }

  private Map<String, Object> projectRows(long projectId) {
    Map<String, Object> rows = new LinkedHashMap<>(row("service_project", projectId));
    rows.put("teams", rows("SELECT * FROM project_team WHERE project_id = :id ORDER BY team_id", projectId));
    rows.put("demands", rows("SELECT * FROM innovation_demand WHERE project_id = :id ORDER BY id", projectId));
    rows.put("indicators", rows("SELECT * FROM project_indicator WHERE project_id = :id ORDER BY position", projectId));
    return rows;
  }

  // --- Nominations ---

  private Team campaignTeam(String campaignId, TeamOrganisation organisation, String candidateId) {
    teams.joinFromCampaign(campaignId, candidateId, "乡村科技服务队", organisation.code());
    return teams.all().stream().filter(team -> campaignId.equals(team.originCampaign())
        && organisation.code().equals(team.hostCode())).findFirst().orElseThrow();
  }

  private ProcessInstance nominate(String user, Team team) {
    return driver.as(user, () -> forms.submitStartForm(definition(ModelProcess.KEY), proposal(team)));
  }

  private static Map<String, Object> proposal(Team team) {
    Map<String, Object> form = new HashMap<>();
    form.put(ModelProcess.KIND, ModelKind.ADVANCED_TEAM.name());
    form.put(ModelProcess.TEAM_CODE, team.code());
    form.put(ModelProcess.SOURCE_PROJECTS, null);
    form.put(ModelProcess.CAMPAIGN_SOURCE, true);
    form.put(ModelProcess.DEEDS, "队伍扎根社区三年，组织科普讲座和入户宣传，帮助老年人识别电信诈骗，辖区老年人受骗案件明显下降，受到居民和街道的一致好评。");
    form.put(ModelProcess.CASE_TITLE, "社区防诈骗科普“三进”工作法");
    form.put(ModelProcess.CASE_TEXT, "进社区办讲座、进家门送资料、进微信群答疑：以志愿者结对老年人的方式长期跟进，材料统一编写、可复制，"
        + "已有三个街道照此开展。");
    return form;
  }

  // --- Rows ---

  private String definition(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getId();
  }

  private Map<String, Object> row(String table, long id) {
    return jdbc.sql("SELECT * FROM " + table + " WHERE id = :id").param("id", id).query().singleRow();
  }

  private List<Map<String, Object>> rows(String sql, long id) {
    return jdbc.sql(sql).param("id", id).query().listOfRows();
  }

  private static String unique() {
    return Long.toString(System.nanoTime(), 36);
  }
}
