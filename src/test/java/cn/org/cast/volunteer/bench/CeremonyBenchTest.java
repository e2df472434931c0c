package cn.org.cast.volunteer.bench;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.venue.LiveSignal;
import cn.org.cast.volunteer.venue.LiveSignals;
import cn.org.cast.volunteer.venue.PictureQuality;
import cn.org.cast.volunteer.venue.VenueService;

/**
 * W4 of docs/performance.md: a campaign's symposium with {@code -Dbench.venues} (default 10, 100, 1,000) sub-venues,
 * each taken through its whole linkup with the application's job executor running: the campaign starts every
 * venue's linkup; the venue registers and takes its connection test with the ceremony team and an AV engineer; the
 * day before, the go / no-go timers fall due at once and the lead says go; on the morning of the day, the live
 * timers fall due at once; then the console signals each venue connected, on air and done, and the campaign's
 * multi-instance collects every ended linkup. People act from {@link #CONSOLES} screens at once. A latency is one
 * person's form or signal; one operation is one venue from selection to the end of its live link.
 */
@Tag("bench")
@AppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@Import(SqlStatementCounter.class)
class CeremonyBenchTest {

  static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.venues", "10,100,1000").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  /** The ceremony team's screens and consoles working at the same time. */
  static final int CONSOLES = 4;
  static final String HOST_USER = "bjast";
  static final OffsetDateTime DAY_BEFORE = OffsetDateTime.parse("2019-05-29T10:00:00+08:00");
  static final OffsetDateTime SYMPOSIUM_MORNING = OffsetDateTime.parse("2019-05-30T08:00:00+08:00");

  /** The latencies are people's: what the job executor does in between is in the wall time only. */
  static final LongConsumer TIMERS_ARE_NOT_PEOPLE = at -> { };

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  VenueService venues;
  @Autowired
  LiveSignals signals;
  @Autowired
  SqlStatementCounter sql;
  @Autowired
  DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    BenchDatabase.h2OnDisk(properties);
  }

  EngineDriver driver;
  /** The measurement under way. */
  Meter meter;

  @Test
  void subVenuesTakenThroughTheirLinkupAtOnce() throws Exception {
    driver = new EngineDriver(engine, documents);
    EngineProbe probe = new EngineProbe(engine, dataSource);
    BenchReport report = BenchReport.on(dataSource, "ceremony");
    ExecutorService consoles = Executors.newFixedThreadPool(CONSOLES);
    try {
      for (int size : SIZES) {
        report.add(linkups(probe, consoles, size));
      }
    } finally {
      consoles.shutdownNow();
    }
    report.write();
  }

  private Measurement linkups(EngineProbe probe, ExecutorService consoles, int size) throws Exception {
    CampaignClock.set(CampaignClock.ISSUED);
    String campaignId = CampaignFixtures.newCampaignId();
    String campaign = driver.startCampaign(CampaignFixtures.startForm(campaignId,
        List.of(CampaignFixtures.BEIJING_ASSOCIATION))).getId();
    // The notice reaches its one recipient first, so that no job of the campaign is still running when it is modified;
    // that plan is set aside, or its reminders would fall due with the ceremony's timers when the clock jumps.
    Meter.await(1, () -> engine.getTaskService().createTaskQuery().processDefinitionKey(PlanProcess.KEY)
        .processInstanceBusinessKeyLike(campaignId + "%").count(), TIMERS_ARE_NOT_PEOPLE);
    engine.getRuntimeService().suspendProcessInstanceById(
        driver.plan(campaignId, CampaignFixtures.BEIJING_ASSOCIATION).getId());
    List<String> codes = selectedVenues(campaignId, size);
    engine.getRuntimeService().setVariable(campaign, SymposiumProcess.VENUE_CODES, codes);
    probe.analyse();
    EngineProbe.JobFailures failedBefore = probe.jobFailures();
    meter = new Meter(sql);
    meter.resume();
    // The symposium's preparation reaching the linkups, as 筹备座谈会 does once the selection is published.
    double started = unattended(() -> {
      engine.getRuntimeService().createProcessInstanceModification(campaign)
          .startBeforeActivity(SymposiumProcess.LINKUP_ACTIVITY + "#multiInstanceBody").execute();
      Meter.await(size, () -> waitingAt(campaignId, REGISTER_TASK), TIMERS_ARE_NOT_PEOPLE);
    });
    everyVenue(consoles, campaignId, codes, (code, linkup) -> registerAndRehearse(linkup));
    double goNoGoTimers = unattended(() -> {
      CampaignClock.set(DAY_BEFORE);
      Meter.await(size, () -> waitingAt(campaignId, GO_NO_GO_TASK), TIMERS_ARE_NOT_PEOPLE);
    });
    everyVenue(consoles, campaignId, codes, (code, linkup) -> complete(linkup, "lead1", Map.of(GO_DECISION, GO, DECISION_REASON, "")));
    double liveTimers = unattended(() -> {
      CampaignClock.set(SYMPOSIUM_MORNING);
      Meter.await(size, () -> waitingAt(campaignId, WAITING_TASK), TIMERS_ARE_NOT_PEOPLE);
    });
    everyVenue(consoles, campaignId, codes, (code, linkup) -> goOnAirAndFinish(campaignId, code));
    double collected = unattended(() -> Meter.await(1, () -> engine.getHistoryService()
        .createHistoricActivityInstanceQuery().processInstanceId(campaign)
        .activityId(SymposiumProcess.LINKUP_ACTIVITY + "#multiInstanceBody").finished().count(), TIMERS_ARE_NOT_PEOPLE));
    meter.pause();
    String failures = probe.jobFailuresSince(failedBefore);
    probe.endCampaign(campaignId);
    return meter.result("W4", String.format("ceremony: %,d sub-venues from selection to the end of their live link; "
        + "unattended: linkups started in %.1f s, go / no-go timers %.1f s, live timers %.1f s, ends collected %.1f s%s",
        size, started, goNoGoTimers, liveTimers, collected, failures), size);
  }

  /** A step nobody waits for at a screen (the job executor's), in seconds to the half second the polling sees. */
  private static double unattended(Step step) throws Exception {
    long start = System.nanoTime();
    step.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private interface Step {
    void run() throws Exception;
  }

  /** The venues 筹备座谈会 would have numbered from the selected plans, all hosted by the Beijing association. */
  private List<String> selectedVenues(String campaignId, int size) {
    List<String> codes = IntStream.rangeClosed(1, size).mapToObj("V%04d"::formatted).toList();
    for (String code : codes) {
      venues.addSelected(campaignId, code, "bench-" + code, "海淀区分会场" + code, CampaignFixtures.BEIJING_ASSOCIATION, "北京",
          "COMMUNITY", "北京市海淀区中关村大街" + code.substring(1) + "号", "海淀区科协");
    }
    return codes;
  }

  /** 分会场登记, 安排联调, 确认联调时间 and a passed 记录联调结果: four people, one after the other. */
  private void registerAndRehearse(String linkup) throws Exception {
    complete(linkup, HOST_USER, DemoForms.venueRegistration("北京市海淀区中关村大街1号", "COMMUNITY", "海淀区科协",
        "视频会议号 8801 2019 530"));
    complete(linkup, "ceremony1", Map.of(REHEARSAL_DATE, "2019-05-20", REHEARSAL_TIME, "14:00"));
    complete(linkup, HOST_USER, Map.of(SLOT_ACCEPTED, YES));
    complete(linkup, "av1", Map.of(VIDEO_OK, true, AUDIO_OK, true, LATENCY_MS, 300,
        PICTURE_QUALITY, PictureQuality.HD.name(), REHEARSAL_NOTES, ""));
  }

  /** The live console during the symposium: the venue connected, on air, done. */
  private void goOnAirAndFinish(String campaignId, String code) throws Exception {
    for (LiveSignal signal : List.of(LiveSignal.CONNECTED, LiveSignal.ON_AIR, LiveSignal.DONE)) {
      meter.time(() -> driver.as("av1", () -> signals.signal(campaignId, code, signal, null)));
    }
  }

  /** What people do for one venue, given its code and its linkup's instance id. */
  private interface VenueWork {
    void on(String code, String linkup) throws Exception;
  }

  /** Every venue's work handed to a person at one of the consoles, all at once, until every venue's is done. */
  private void everyVenue(ExecutorService consoles, String campaignId, List<String> codes, VenueWork work)
      throws Exception {
    List<Future<?>> done = new ArrayList<>();
    for (String code : codes) {
      done.add(consoles.submit(() -> {
        String linkup = engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceBusinessKey(businessKey(campaignId, code)).singleResult().getId();
        work.on(code, linkup);
        return null;
      }));
    }
    for (Future<?> each : done) {
      each.get();
    }
  }

  /** The linkup's open task submitted by the person, timed as what that person waits for. */
  private void complete(String linkup, String userId, Map<String, Object> form) throws Exception {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(linkup).singleResult();
    meter.time(() -> driver.as(userId, () -> engine.getFormService().submitTaskForm(task.getId(), form)));
  }

  private long waitingAt(String campaignId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(taskKey)
        .processInstanceBusinessKeyLike(campaignId + "/venue/%").count();
  }
}
