package cn.org.cast.volunteer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.EngineRestClient;
import cn.org.cast.volunteer.GeneratedOrganisations;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notice.NoticeService;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanProcess;

/**
 * W0–W2 of docs/performance.md: one organisation's plan lifecycle on the bare engine (W0), on the engine-only
 * twin of our models (W1) and on our real models (W2), each driven the same way: the plan started in its
 * fan-out job (W0: started directly), submitted and approved over the engine's REST API as the submitter and
 * the reviewer, its asynchronous end run. Uploading the documents is setup, outside the measurement.
 * {@code ./mvnw verify -Pbench} (H2) or {@code -Pbench,postgres}; {@code -Dbench.organisations}, {@code -Dbench.runs}.
 */
@Tag("bench")
@AppTest
@Import(SqlStatementCounter.class)
class PlanLifecycleBenchTest {

  static final int ORGANISATIONS = Integer.getInteger("bench.organisations", 200);
  static final int RUNS = Integer.getInteger("bench.runs", 3);
  static final int WARM_UP = 20;
  static final String REVIEWER = "reviewer1";

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

  EngineDriver driver;
  String sentinel;
  /** A real plan's variables at its first task: the twin's plans carry the same. */
  Map<String, Object> realPlanVariables;

  @Test
  void theRealPlanLifecycleAgainstTheEngineAlone() throws Exception {
    driver = new EngineDriver(engine, documents);
    engine.getRepositoryService().createDeployment().name("benchmark")
        .addModelInstance(BenchModels.BARE + ".bpmn", BenchModels.bare())
        .addModelInstance(BenchModels.TWIN_PLAN + ".bpmn", BenchModels.planTwin())
        .deploy();
    List<String> organisations = new GeneratedOrganisations(engine, jdbc, organizations).upTo(ORGANISATIONS + 1);
    // One more recipient whose plan stays open keeps each campaign at collection: its next stage is not measured.
    sentinel = organisations.get(ORGANISATIONS);
    List<String> codes = organisations.subList(0, ORGANISATIONS);
    List<String> warmUp = codes.subList(0, WARM_UP);
    bare(warmUp);
    real(warmUp);
    engine.getRepositoryService().createDeployment().name("benchmark campaign twin")
        .addModelInstance(BenchModels.TWIN_CAMPAIGN + ".bpmn", BenchModels.campaignTwin(realPlanVariables.keySet()))
        .addModelInstance(BenchModels.TWIN_BATCH + ".bpmn", BenchModels.batchTwin(realPlanVariables.keySet()))
        .deploy();
    twin(warmUp);

    BenchReport report = BenchReport.on(dataSource, "lifecycle");
    sql.takeBreakdown();
    Map<String, Run> workloads = new LinkedHashMap<>();
    workloads.put("W0", () -> bare(codes));
    workloads.put("W2", () -> real(codes));
    workloads.put("W1", () -> twin(codes));
    medians(report, workloads);
    report.write();
  }

  /**
   * Each workload run several times, taking turns, so that the JIT's and the collector's state favour none of them;
   * its figures the medians of its runs, its SQL breakdown over all of them.
   */
  private void medians(BenchReport report, Map<String, Run> workloads) throws Exception {
    Map<String, List<Measurement>> runs = new LinkedHashMap<>();
    Map<String, Map<String, Long>> statements = new HashMap<>();
    for (int i = 0; i < RUNS; i++) {
      for (Map.Entry<String, Run> workload : workloads.entrySet()) {
        runs.computeIfAbsent(workload.getKey(), key -> new ArrayList<>()).add(workload.getValue().measure());
        Map<String, Long> counts = statements.computeIfAbsent(workload.getKey(), key -> new HashMap<>());
        sql.takeBreakdown().forEach(count -> counts.merge(count.getKey(), count.getValue(), Long::sum));
      }
    }
    for (Map.Entry<String, List<Measurement>> workload : runs.entrySet()) {
      Measurement median = Measurement.median(workload.getValue());
      report.add(median);
      report.writeBreakdown(workload.getKey(), statements.get(workload.getKey()).entrySet().stream()
          .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList(), RUNS * median.operations());
    }
  }

  interface Run {
    Measurement measure() throws Exception;
  }

  /** W0: start, complete, complete. */
  private Measurement bare(List<String> codes) throws Exception {
    String campaignId = CampaignFixtures.newCampaignId();
    Meter meter = new Meter(sql);
    meter.resume();
    for (String code : codes) {
      meter.time(() -> engine.getRuntimeService().startProcessInstanceByKey(BenchModels.BARE, campaignId + "/" + code,
          Map.of(PlanProcess.ORG_CODE, code)));
    }
    meter.pause();
    complete(meter, campaignId, codes, BenchModels.FIRST_TASK, code -> Map.of(), BenchModels.SECOND_TASK, Map.of());
    assertThat(ended(BenchModels.BARE, campaignId)).isEqualTo(codes.size());
    return meter.result("W0", "bare: start, complete, complete", codes.size());
  }

  /** W2: the real campaign's fan-out, the real forms and rules, the real end. */
  private Measurement real(List<String> codes) throws Exception {
    String campaignId = CampaignFixtures.newCampaignId();
    Meter meter = new Meter(sql);
    driver.startCampaign(CampaignFixtures.startForm(campaignId, withSentinel(codes)));
    runJobs(meter);
    realPlanVariables = engine.getRuntimeService().getVariables(driver.plan(campaignId, codes.get(0)).getId());
    for (String code : codes) {
      driver.attachDocuments(GeneratedOrganisations.submitter(code), task(campaignId, code, PlanProcess.SUBMIT_TASK).getId());
    }
    complete(meter, campaignId, codes, PlanProcess.SUBMIT_TASK, this::submission, PlanProcess.REVIEW_TASK, approval());
    assertThat(ended(PlanProcess.KEY, campaignId)).isEqualTo(codes.size());
    return meter.result("W2", "real preparationPlan: fan-out, submit, approve, end", codes.size());
  }

  /** W1: the same shape and variables without our code. */
  private Measurement twin(List<String> codes) throws Exception {
    String campaignId = CampaignFixtures.newCampaignId();
    Meter meter = new Meter(sql);
    Map<String, Object> variables = new HashMap<>(realPlanVariables);
    variables.put(PlanProcess.CAMPAIGN_ID, campaignId);
    variables.put(BenchModels.ORG_CODES, NoticeService.batches(withSentinel(codes), NoticeService.BATCH_SIZE));
    engine.getRuntimeService().startProcessInstanceByKey(BenchModels.TWIN_CAMPAIGN, campaignId, variables);
    runJobs(meter);
    complete(meter, campaignId, codes, PlanProcess.SUBMIT_TASK, this::submission, PlanProcess.REVIEW_TASK, approval());
    assertThat(ended(BenchModels.TWIN_PLAN, campaignId)).isEqualTo(codes.size());
    return meter.result("W1", "shape twin: fan-out, submit, approve, end", codes.size());
  }

  interface Form {
    Map<String, Object> of(String code);
  }

  /** Each organisation's first task submitted by its submitter, then each second task by the reviewer, then the jobs. */
  private void complete(Meter meter, String campaignId, List<String> codes, String firstTask, Form first,
      String secondTask, Map<String, Object> second) throws Exception {
    EngineRestClient reviewer = new EngineRestClient(baseUrl(), REVIEWER, demoPassword);
    Map<String, String> firstTasks = tasks(campaignId, codes, firstTask);
    meter.resume();
    for (String code : codes) {
      EngineRestClient submitter = new EngineRestClient(baseUrl(), GeneratedOrganisations.submitter(code),
          GeneratedOrganisations.PASSWORD);
      Map<String, Object> body = EngineRestClient.formBody(first.of(code));
      meter.time(() -> expectNoContent(submitter.post("/task/" + firstTasks.get(code) + "/submit-form", body)));
    }
    meter.pause();
    Map<String, String> secondTasks = tasks(campaignId, codes, secondTask);
    Map<String, Object> body = EngineRestClient.formBody(second);
    meter.resume();
    for (String code : codes) {
      meter.time(() -> expectNoContent(reviewer.post("/task/" + secondTasks.get(code) + "/submit-form", body)));
    }
    meter.pause();
    runJobs(meter);
  }

  /** Runs every due job one by one, each timed, as the job executor would (the test profile has it off). */
  private void runJobs(Meter meter) throws Exception {
    meter.resume();
    List<Job> jobs;
    do {
      jobs = engine.getManagementService().createJobQuery().executable().listPage(0, 100);
      for (Job job : jobs) {
        meter.time(() -> engine.getManagementService().executeJob(job.getId()));
      }
    } while (!jobs.isEmpty());
    meter.pause();
  }

  private List<String> withSentinel(List<String> codes) {
    List<String> recipients = new ArrayList<>(codes);
    recipients.add(sentinel);
    return recipients;
  }

  private Map<String, String> tasks(String campaignId, List<String> codes, String taskKey) {
    Map<String, String> ids = new HashMap<>();
    for (String code : codes) {
      ids.put(code, task(campaignId, code, taskKey).getId());
    }
    return ids;
  }

  private Task task(String campaignId, String code, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(campaignId + "/" + code)
        .taskDefinitionKey(taskKey).singleResult();
  }

  private Map<String, Object> submission(String code) {
    return CampaignFixtures.planSubmission(organizations.find(code).orElseThrow().name() + "科技志愿服务主题活动");
  }

  private static Map<String, Object> approval() {
    return Map.of(PlanProcess.REVIEW_DECISION, "APPROVE");
  }

  private long ended(String processKey, String campaignId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .processInstanceBusinessKeyLike(campaignId + "/%").finished().count();
  }

  private static void expectNoContent(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private String baseUrl() {
    return "http://localhost:" + port;
  }
}
