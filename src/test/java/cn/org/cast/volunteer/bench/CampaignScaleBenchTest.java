package cn.org.cast.volunteer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.LongSupplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.GeneratedOrganisations;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.OrganizationRepository;
import cn.org.cast.volunteer.plan.PlanProcess;

/**
 * W3 and W6 of docs/performance.md, with the application's own job executor running as in production:
 * a notice to each of {@code -Dbench.fanout} (default 250, 2,500, 10,000) organisations, measured until every
 * plan waits at its first task (W3); then, in the largest campaign, every plan's first reminder falling due at
 * the same moment, measured until each is in the outbox (W6). A latency is how long one organisation waited:
 * from the notice to its task (W3), from the due time to its reminder in the outbox (W6).
 */
@Tag("bench")
@AppTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
@Import(SqlStatementCounter.class)
class CampaignScaleBenchTest {

  static final List<Integer> SIZES = Arrays.stream(System.getProperty("bench.fanout", "250,2500,10000").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  /** Nothing moved for this long: the workload is stuck, and the benchmark says so instead of waiting forever. */
  static final Duration STALL = Duration.ofMinutes(3);

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  OrganizationRepository organizations;
  @Autowired
  SqlStatementCounter sql;
  @Autowired
  DataSource dataSource;

  @Test
  void noticesToTensOfThousandsAndTheirRemindersAtOnce() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    int largest = SIZES.stream().max(Integer::compare).orElseThrow();
    List<String> everyone = new GeneratedOrganisations(engine, jdbc, organizations).upTo(largest);
    BenchReport report = BenchReport.on(dataSource, "scale");
    String campaignId = null;
    for (int size : SIZES) {
      if (campaignId != null) {
        endCampaign(campaignId);
      }
      campaignId = CampaignFixtures.newCampaignId();
      report.add(fanOut(driver, campaignId, everyone.subList(0, size)));
    }
    report.add(remindersAtOnce(campaignId, SIZES.get(SIZES.size() - 1)));
    endCampaign(campaignId);
    report.write();
  }

  /** W3: the organiser's notice, the job that issues it, every plan started and waiting at its first task. */
  private Measurement fanOut(EngineDriver driver, String campaignId, List<String> codes) throws Exception {
    Meter meter = new Meter(sql);
    meter.resume();
    long noticed = System.nanoTime();
    driver.startCampaign(CampaignFixtures.startForm(campaignId, codes));
    awaitArrivals(meter, noticed, codes.size(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike(campaignId + "/%").taskDefinitionKey(PlanProcess.SUBMIT_TASK).count());
    meter.pause();
    return meter.result("W3", String.format("fan-out: notice to %,d plans at their first task", codes.size()), codes.size());
  }

  /** W6: the engine's clock moved to the first reminders' due time; each reminder in the outbox. */
  private Measurement remindersAtOnce(String campaignId, int plans) throws Exception {
    List<Job> reminders = engine.getManagementService().createJobQuery().timers()
        .activityId(PlanProcess.FIRST_REMINDER_TIMER).orderByJobDuedate().asc().list();
    assertThat(reminders).hasSize(plans);
    Date due = reminders.get(0).getDuedate();
    assertThat(reminders.get(plans - 1).getDuedate()).isEqualTo(due);
    Meter meter = new Meter(sql);
    meter.resume();
    long dueAt = System.nanoTime();
    ClockUtil.setCurrentTime(due);
    awaitArrivals(meter, dueAt, plans, () -> jdbc.sql("SELECT COUNT(*) FROM notification WHERE campaign_id = ? AND purpose = ?")
        .params(campaignId, NotificationPurpose.PLAN_REMINDER.name()).query(Long.class).single());
    meter.pause();
    return meter.result("W6", String.format("timers: %,d reminders due at once, each in the outbox", plans), plans);
  }

  /**
   * Polls how many have arrived until all have, recording for each the time since {@code since}: a latency
   * per organisation, to within the polling interval.
   */
  private static void awaitArrivals(Meter meter, long since, int expected, LongSupplier arrived) throws InterruptedException {
    long seen = 0;
    long lastProgress = System.nanoTime();
    while (seen < expected) {
      Thread.sleep(100);
      long now = arrived.getAsLong();
      long at = System.nanoTime();
      for (long i = seen; i < now; i++) {
        meter.latency(at - since);
      }
      if (now > seen) {
        lastProgress = at;
      }
      seen = now;
      assertThat(Duration.ofNanos(at - lastProgress)).as("%d of %d arrived, then nothing", seen, expected).isLessThan(STALL);
    }
    assertThat(seen).isEqualTo(expected);
  }

  /** A measured campaign's plans would fire their timers during the next measurement: ended, with its plans. */
  private void endCampaign(String campaignId) {
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(campaignId)
        .singleResult().getId();
    engine.getRuntimeService().deleteProcessInstance(instanceId, "benchmark measured", true, true);
  }
}
