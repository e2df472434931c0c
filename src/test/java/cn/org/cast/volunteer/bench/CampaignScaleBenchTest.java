package cn.org.cast.volunteer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.GeneratedOrganisations;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notice.NoticeService;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.WebClientSession;

/**
 * W3, W5 and W6 of docs/performance.md, with the application's own job executor running as in production:
 * a notice to each of {@code -Dbench.fanout} (default 250, 2,500, 10,000) organisations, measured until every
 * plan waits at its first task (W3); then, in the largest campaign, every plan's first reminder falling due at
 * the same moment, measured until each is in the outbox (W6). A latency is how long one organisation waited:
 * from the notice to its task (W3), from the due time to its reminder in the outbox (W6). Then, with that
 * campaign's plans open, the pages Tasklist and Cockpit load (W5).
 */
@Tag("bench")
@AppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@Import(SqlStatementCounter.class)
class CampaignScaleBenchTest {

  static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.fanout", "250,2500,10000").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  /** The twin's fan-out, against which the real one reads: one size, since its ratio hardly moves with size. */
  static final int TWIN_ORGANISATIONS = Integer.getInteger("bench.twin.organisations", 2500);
  /** W5: plans submitted, so that the reviewer's list has tasks; each page read this often, after a tenth as warm-up. */
  static final int SUBMITTED = 100;
  static final int READS = 200;
  /** Tasklist's page size, and Cockpit's page. */
  static final int PAGE = 15;
  static final String COCKPIT_PAGE = "firstResult=0&maxResults=50";
  /** Tasklist's and Cockpit's way in to the engine: the webapps' API, with the session of the login page. */
  static final String API = WebClientSession.TASKLIST_API;
  static final ObjectMapper JSON = new ObjectMapper();
  /** How often PostgreSQL's statistics are brought up to date while a campaign grows, as autovacuum would. */
  static final Duration AUTOVACUUM = Duration.ofSeconds(15);

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
  Organizations organizations;
  @Autowired
  SqlStatementCounter sql;
  @Autowired
  DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BenchDatabase.h2OnDisk(properties);
  }

  EngineProbe probe;

  @BeforeEach
  void probe() {
    probe = new EngineProbe(engine, dataSource);
  }

  @Test
  void noticesToTensOfThousandsAndTheirRemindersAtOnce() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    int largest = SIZES.stream().max(Integer::compare).orElseThrow();
    List<String> everyone = new GeneratedOrganisations(engine, jdbc, organizations).upTo(largest);
    BenchReport report = BenchReport.on(dataSource, "scale");
    String campaignId = null;
    for (int size : SIZES) {
      if (campaignId != null) {
        probe.endCampaign(campaignId);
      }
      campaignId = CampaignFixtures.newCampaignId();
      report.add(fanOut(driver, campaignId, everyone.subList(0, size)));
    }
    report.add(twinFanOut(everyone.subList(0, Math.min(largest, TWIN_ORGANISATIONS)),
        engine.getRuntimeService().getVariables(driver.plan(campaignId, everyone.get(0)).getId())));
    report.add(remindersAtOnce(campaignId, SIZES.get(SIZES.size() - 1)));
    reads(driver, campaignId, everyone).forEach(report::add);
    // The last campaign stays: the database is the benchmark's own, and deleting 10,000 plans in one transaction
    // takes the engine longer than fanning them out did (its flush orders the deletions pairwise).
    report.write();
  }

  /** W3: the organiser's notice, the job that issues it, every plan started and waiting at its first task. */
  private Measurement fanOut(EngineDriver driver, String campaignId, List<String> codes) throws Exception {
    probe.analyse();
    EngineProbe.JobFailures failedBefore = probe.jobFailures();
    Meter meter = new Meter(sql);
    meter.resume();
    long waitingBefore = waitingAtFirstTask(PlanProcess.KEY);
    long noticed = System.nanoTime();
    driver.startCampaign(CampaignFixtures.startForm(campaignId, codes));
    meter.awaitArrivals(noticed, codes.size(), probe.analysingEvery(AUTOVACUUM,
        () -> waitingAtFirstTask(PlanProcess.KEY) - waitingBefore));
    meter.pause();
    return meter.result("W3", String.format("fan-out: notice to %,d plans at their first task%s", codes.size(),
        probe.jobFailuresSince(failedBefore)), codes.size());
  }

  /**
   * W3 on the engine alone: the twin campaign of docs/performance.md (the same batches, jobs and plan shape, the
   * real plans' variables, none of our code), so the real fan-out's figures read against what Camunda itself does.
   */
  private Measurement twinFanOut(List<String> codes, Map<String, Object> planVariables) throws Exception {
    engine.getRepositoryService().createDeployment().name("benchmark twins")
        .addModelInstance(BenchModels.TWIN_PLAN + ".bpmn", BenchModels.planTwin())
        .addModelInstance(BenchModels.TWIN_CAMPAIGN + ".bpmn", BenchModels.campaignTwin(planVariables.keySet()))
        .addModelInstance(BenchModels.TWIN_BATCH + ".bpmn", BenchModels.batchTwin(planVariables.keySet()))
        .deploy();
    probe.analyse();
    String campaignId = CampaignFixtures.newCampaignId();
    Map<String, Object> variables = new HashMap<>(planVariables);
    variables.put(PlanProcess.CAMPAIGN_ID, campaignId);
    variables.put(BenchModels.ORG_CODES, NoticeService.batches(codes, NoticeService.BATCH_SIZE));
    EngineProbe.JobFailures failedBefore = probe.jobFailures();
    Meter meter = new Meter(sql);
    meter.resume();
    long waitingBefore = waitingAtFirstTask(BenchModels.TWIN_PLAN);
    long started = System.nanoTime();
    engine.getRuntimeService().startProcessInstanceByKey(BenchModels.TWIN_CAMPAIGN, campaignId, variables);
    meter.awaitArrivals(started, codes.size(), probe.analysingEvery(AUTOVACUUM,
        () -> waitingAtFirstTask(BenchModels.TWIN_PLAN) - waitingBefore));
    meter.pause();
    probe.endCampaign(campaignId);
    return meter.result("W3", String.format("shape twin fan-out: %,d plans at their first task%s", codes.size(),
        probe.jobFailuresSince(failedBefore)), codes.size());
  }

  /**
   * Plans of the model waiting at their first task; the measured campaign's are those added since it started.
   * A business-key LIKE over every task would cost the database more than the fan-out it watches.
   */
  private long waitingAtFirstTask(String planProcessKey) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(planProcessKey)
        .taskDefinitionKey(PlanProcess.SUBMIT_TASK).count();
  }

  /** W6: the engine's clock moved to the first reminders' due time; each reminder in the outbox. */
  private Measurement remindersAtOnce(String campaignId, int plans) throws Exception {
    List<Job> reminders = engine.getManagementService().createJobQuery().timers()
        .activityId(PlanProcess.FIRST_REMINDER_TIMER).orderByJobDuedate().asc().list();
    assertThat(reminders).hasSize(plans);
    Date due = reminders.get(0).getDuedate();
    probe.analyse();
    assertThat(reminders.get(plans - 1).getDuedate()).isEqualTo(due);
    EngineProbe.JobFailures failedBefore = probe.jobFailures();
    Meter meter = new Meter(sql);
    meter.resume();
    long dueAt = System.nanoTime();
    ClockUtil.setCurrentTime(due);
    meter.awaitArrivals(dueAt, plans, probe.analysingEvery(AUTOVACUUM, () -> jdbc.sql(
        "SELECT COUNT(*) FROM notification WHERE campaign_id = ? AND purpose = ?")
        .params(campaignId, NotificationPurpose.PLAN_REMINDER.name()).query(Long.class).single()));
    meter.pause();
    return meter.result("W6", String.format("timers: %,d reminders due at once, each in the outbox%s", plans,
        probe.jobFailuresSince(failedBefore)), plans);
  }

  /**
   * W5: the pages Tasklist and Cockpit load, with every plan of the largest campaign open and some of them
   * submitted for review. One operation is one page: its list and its count, as Tasklist asks for both.
   */
  private List<Measurement> reads(EngineDriver driver, String campaignId, List<String> codes) throws Exception {
    for (String code : codes.subList(0, SUBMITTED)) {
      driver.submit(GeneratedOrganisations.submitter(code), driver.plan(campaignId, code),
          CampaignFixtures.planSubmission("科技志愿服务进社区"));
    }
    probe.analyse();
    String waiting = codes.get(SUBMITTED);
    WebClientSession organisation = signedIn(GeneratedOrganisations.submitter(waiting), GeneratedOrganisations.PASSWORD);
    WebClientSession reviewer = signedIn("reviewer1", demoPassword);
    WebClientSession organizer = signedIn("organizer", demoPassword);
    String myTasks = filterId("我的待办");
    String toReview = filterId("待审核方案");
    String businessKey = campaignId + "/" + waiting;
    return List.of(
        read("Tasklist: an organisation's 我的待办, list and count", () -> page(organisation, myTasks, 1)),
        read("Tasklist: a reviewer's 待审核方案, list and count", () -> page(reviewer, toReview, SUBMITTED)),
        read("Cockpit: a plan by business key, running and in history", () -> {
          expect(organizer.postJson(API + "/process-instance?" + COCKPIT_PAGE, JSON.writeValueAsString(
              Map.of("businessKey", businessKey))), 1);
          expect(organizer.postJson(API + "/history/process-instance?" + COCKPIT_PAGE, JSON.writeValueAsString(
              Map.of("processInstanceBusinessKey", businessKey))), 1);
        }));
  }

  /** Signed in at the login page, as a person is before Tasklist or Cockpit asks anything. */
  private WebClientSession signedIn(String user, String password) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, password).statusCode()).isEqualTo(302);
    return session;
  }

  private Measurement read(String page, Meter.Step request) throws Exception {
    for (int i = 0; i < READS / 10; i++) {
      request.run();
    }
    Meter meter = new Meter(sql);
    meter.resume();
    for (int i = 0; i < READS; i++) {
      meter.time(request);
    }
    meter.pause();
    return meter.result("W5", String.format("reads with %,d open tasks: %s", openTasks(), page), READS);
  }

  /** A filter's first page as Tasklist asks for it, newest first, and its count. */
  private static void page(WebClientSession user, String filterId, int expected) throws Exception {
    String query = JSON.writeValueAsString(Map.of("processVariables", List.of(), "taskVariables", List.of(),
        "caseInstanceVariables", List.of(), "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc"))));
    HttpResponse<String> list = user.postForHal(API + "/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE, query);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    HttpResponse<String> count = user.postJson(API + "/filter/" + filterId + "/count", query);
    assertThat(JSON.readTree(count.body()).path("count").asInt()).as(count.body()).isEqualTo(expected);
  }

  private static void expect(HttpResponse<String> instances, int expected) throws Exception {
    assertThat(instances.statusCode()).as(instances.body()).isEqualTo(200);
    assertThat(JSON.readTree(instances.body()).size()).isEqualTo(expected);
  }

  private String filterId(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private long openTasks() {
    return engine.getTaskService().createTaskQuery().count();
  }
}
