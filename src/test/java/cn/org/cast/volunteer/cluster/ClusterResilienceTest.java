package cn.org.cast.volunteer.cluster;

import static cn.org.cast.volunteer.notice.CampaignProcess.ISSUE_DATE;
import static cn.org.cast.volunteer.notice.CampaignProcess.PLAN_DEADLINE;
import static cn.org.cast.volunteer.notice.CampaignProcess.SYMPOSIUM_DATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineRestClient;
import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.SubmissionAction;

/**
 * Two app nodes from the packaged jar on one PostgreSQL database, as {@code cluster/run-local.sh} starts
 * them, with a real SMTP server: a campaign of 1,000 organisations through kill -9 during its fan-out and
 * during a reminder burst, timers and a task raced by two nodes, a node dying with jobs locked, and the
 * database stopped for 30 seconds. The steps build on each other, in order. Figures go to
 * target/cluster-test/figures.md.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterResilienceTest {

  static final int ORGANISATIONS = 1000;
  static final String CAMPAIGN = "CLUSTER";
  /** Short, so that a dead node's jobs come back within the test; production keeps Camunda's 5 minutes. */
  static final Duration LOCK_TIME = Duration.ofSeconds(20);
  static final Duration OUTAGE = Duration.ofSeconds(30);
  /**
   * After this a send that never recorded its end is repeated. Longer than the outage: a node that sent
   * while the database was away records it when the database is back, before the other repeats it.
   */
  static final Duration SENDING_TIMEOUT = OUTAGE.plusSeconds(30);
  static final String PASSWORD = "Cast#Cluster2026";
  /** Registry organisations whose submitters race each other from both nodes. */
  static final List<String> RACED = List.of("N006", "N043", "P110000", "P310000", "P330000");

  final MailCatcher mail = new MailCatcher(13025);
  final ClusterDatabase db = new ClusterDatabase();
  final ClusterFigures figures = new ClusterFigures();
  final LocalCluster cluster = new LocalCluster(mail.port(), List.of(
      "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
      "--cast.mail.poll-interval=PT2S", "--cast.mail.sending-timeout=" + SENDING_TIMEOUT));
  int repeatsSoFar;

  @BeforeAll
  void oneNodeOnAnEmptyDatabaseWithAThousandOrganisations() throws Exception {
    cluster.reset();
    cluster.start("A");
    // The registry's 223, and prefecture-level associations up to 1,000 (a node's start re-reads only the registry file).
    int added = db.update("""
        INSERT INTO organization (code, name, org_type, sector, region, email, leader_email, active)
        SELECT 'C' || LPAD(n::text, 4, '0'), '测试地市科协' || n, 'PROVINCIAL_ASSOCIATION', NULL, '北京',
               'c' || n || '@example.org', 'c' || n || '.leader@example.org', TRUE
          FROM generate_series(1, ? - (SELECT COUNT(*) FROM organization WHERE active)) AS n""", ORGANISATIONS);
    assertThat(db.count("SELECT COUNT(*) FROM organization WHERE active")).isEqualTo(ORGANISATIONS);
    figures.add("organisations", ORGANISATIONS + " (" + added + " generated)");
  }

  @AfterAll
  void stopEverything() throws Exception {
    try {
      figures.write();
      cluster.stop();
    } finally {
      mail.close();
    }
  }

  @Test
  @Order(1)
  void aNodeKilledDuringTheFanOutLeavesEveryOrganisationExactlyOnePlan() throws Exception {
    LocalDate today = LocalDate.now(VolunteerApplication.BEIJING);
    Map<String, Object> form = new HashMap<>(CampaignFixtures.startForm(CAMPAIGN, null));
    form.put(ISSUE_DATE, today.toString());
    form.put(PLAN_DEADLINE, today.plusWeeks(6).toString());
    form.put(SYMPOSIUM_DATE, today.plusWeeks(12).toString());
    Instant issued = Instant.now();
    HttpResponse<String> started = admin("A").post("/process-definition/key/campaign/submit-form", EngineRestClient.formBody(form));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> plans() >= 250);
    cluster.kill("A");
    Instant killed = Instant.now();
    long plansAtKill = plans();
    cluster.start("A");
    Duration restart = Duration.between(killed, Instant.now());
    await().atMost(Duration.ofMinutes(5)).until(() -> openTasks(PlanProcess.SUBMIT_TASK) == ORGANISATIONS);
    Duration fannedOut = Duration.between(issued, Instant.now());

    assertThat(plans()).isEqualTo(ORGANISATIONS);
    assertThat(db.count("SELECT COUNT(DISTINCT business_key_) FROM act_hi_procinst WHERE proc_def_key_ = ?", PlanProcess.KEY))
        .isEqualTo(ORGANISATIONS);
    assertThat(db.count("SELECT COUNT(*) FROM preparation_plan WHERE campaign_id = ?", CAMPAIGN)).isEqualTo(ORGANISATIONS);
    assertThat(db.count("SELECT COUNT(*) FROM act_ru_job WHERE type_ = 'message'")).as("async jobs left").isZero();
    assertThat(db.stuckJobs()).isZero();
    MailCatcher.Delivery notices = awaitDelivery(NotificationPurpose.NOTICE_ISSUED, ORGANISATIONS);

    figures.add("fan-out: plan instances when node A was killed", plansAtKill);
    figures.add("fan-out: node A restarted in", restart);
    figures.add("fan-out: issue to 1,000 plans waiting at their first task (kill and restart included)", fannedOut);
    figures.add("fan-out: plan instances / distinct organisations / duplicates", plans() + " / "
        + ORGANISATIONS + " / " + (plans() - ORGANISATIONS));
    figures.add("fan-out: notices queued / arrived at SMTP / repeats / missing", notices);
  }

  @Test
  @Order(2)
  void aNodeKilledDuringAReminderBurstSendsEveryReminderOnce() throws Exception {
    assertThat(db.timersDueNow("firstReminderDue")).isEqualTo(ORGANISATIONS);
    Instant due = Instant.now();
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
        .until(() -> mail.arrivals() >= ORGANISATIONS + 300);
    cluster.kill("A");
    long remindersAtKill = db.count("SELECT COUNT(*) FROM notification WHERE purpose = 'PLAN_REMINDER'");
    long arrivedAtKill = mail.arrivals() - ORGANISATIONS;
    cluster.start("A");
    await().atMost(Duration.ofMinutes(5)).until(() -> db.timersLeft("firstReminderDue") == 0);
    MailCatcher.Delivery reminders = awaitDelivery(NotificationPurpose.PLAN_REMINDER, ORGANISATIONS);
    Duration allSent = Duration.between(due, Instant.now());

    assertThat(db.executions("sendFirstReminder")).isEqualTo(ORGANISATIONS);
    assertThat(db.mostExecutionsInOneInstance("sendFirstReminder")).isEqualTo(1);
    assertThat(db.stuckJobs()).isZero();
    figures.add("reminder burst: reminders queued / arrived when node A was killed", remindersAtKill + " / " + arrivedAtKill);
    figures.add("reminder burst: reminders queued / arrived at SMTP / repeats / missing", reminders);
    figures.add("reminder burst: due to every reminder at SMTP (kill and restart included)", allSent);
  }

  @Test
  @Order(3)
  void twoNodesRunAThousandTimersDueAtOnceEachOnce() throws Exception {
    cluster.start("B");
    assertThat(db.timersDueNow("secondReminderDue")).isEqualTo(ORGANISATIONS);
    Instant due = Instant.now();
    await().atMost(Duration.ofMinutes(5)).until(() -> db.timersLeft("secondReminderDue") == 0);
    Duration executed = Duration.between(due, Instant.now());
    MailCatcher.Delivery reminders = awaitDelivery(NotificationPurpose.PLAN_REMINDER, 2 * ORGANISATIONS);

    assertThat(db.executions("sendSecondReminder")).isEqualTo(ORGANISATIONS);
    assertThat(db.mostExecutionsInOneInstance("sendSecondReminder")).isEqualTo(1);
    assertThat(reminders.repeats()).as("no node died: nothing is sent twice").isEqualTo(repeatsSoFar);
    assertThat(db.stuckJobs()).isZero();
    figures.add("two nodes: 1,000 due timers executed in", executed);
    figures.add("two nodes: timers executed per node", db.strings("""
        SELECT hostname_ || ': ' || COUNT(*) FROM act_hi_job_log WHERE act_id_ = 'secondReminderDue'
           AND job_state_ = 2 GROUP BY hostname_ ORDER BY hostname_"""));
    figures.add("two nodes: second reminders executed / most in one plan", db.executions("sendSecondReminder") + " / "
        + db.mostExecutionsInOneInstance("sendSecondReminder"));
    figures.add("two nodes: all reminders queued / arrived at SMTP / repeats / missing", reminders);
  }

  @Test
  @Order(4)
  void theSameTaskCompletedOnBothNodesAtOnceCompletesOnceAndTellsTheOtherWhy() throws Exception {
    List<String> losers = new ArrayList<>();
    for (String org : RACED) {
      String user = "contact" + org.toLowerCase();
      createSubmitter(user, org);
      EngineRestClient onA = new EngineRestClient(cluster.url("A"), user, PASSWORD);
      EngineRestClient onB = new EngineRestClient(cluster.url("B"), user, PASSWORD);
      String taskId = submitTaskOf(onA, org);
      Map<String, Object> withdrawal = EngineRestClient.formBody(Map.of(PlanProcess.SUBMISSION_ACTION, SubmissionAction.WITHDRAW.name(),
          PlanProcess.WITHDRAW_REASON, "本单位今年另有安排，不参加本次活动"));
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<HttpResponse<String>> fromA = CompletableFuture.supplyAsync(() -> submit(onA, taskId, withdrawal, together));
      CompletableFuture<HttpResponse<String>> fromB = CompletableFuture.supplyAsync(() -> submit(onB, taskId, withdrawal, together));
      List<HttpResponse<String>> answers = List.of(fromA.join(), fromB.join());

      assertThat(answers).extracting(HttpResponse::statusCode).as(answers.toString()).containsOnlyOnce(204);
      HttpResponse<String> loser = answers.stream().filter(answer -> answer.statusCode() != 204).findFirst().orElseThrow();
      assertThat(loser.statusCode()).as(loser.body()).isIn(404, 409);
      assertThat(loser.body()).containsPattern("\\p{IsHan}");
      assertThat(db.count("SELECT COUNT(*) FROM act_hi_taskinst WHERE id_ = ? AND end_time_ IS NOT NULL", taskId)).isEqualTo(1);
      // The plan's end is asynchronous: one of the nodes' job executors reaches it a moment later, once.
      await().atMost(Duration.ofMinutes(1)).until(() -> db.count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = ? "
          + "AND end_time_ IS NOT NULL AND proc_inst_id_ = (SELECT proc_inst_id_ FROM act_hi_taskinst WHERE id_ = ?)",
          PlanProcess.WITHDRAWN_END, taskId) >= 1);
      assertThat(db.count("SELECT COUNT(*) FROM act_hi_actinst WHERE act_id_ = ? AND proc_inst_id_ = "
          + "(SELECT proc_inst_id_ FROM act_hi_taskinst WHERE id_ = ?)", PlanProcess.WITHDRAWN_END, taskId)).isEqualTo(1);
      losers.add(loser.statusCode() + " " + loser.body());
    }
    figures.add("same task on both nodes: rounds / completions per round / the other answer",
        RACED.size() + " / 1 / " + losers.stream().distinct().map(answer -> Collections.frequency(losers, answer) + " × " + answer)
            .collect(Collectors.joining("; ")));
  }

  @Test
  @Order(5)
  void aNodeKilledWithJobsLockedIsTakenOverByTheOtherWithinTheLockTime() throws Exception {
    long expected = ORGANISATIONS - RACED.size();
    assertThat(db.timersDueNow("deadlineDayReminderDue")).isEqualTo(expected);
    // The campaign's jobs go to one node at a time (exclusive over the process hierarchy): kill the one holding locks.
    // Frozen first, so it cannot finish its jobs between our look at the locks and the kill.
    LockHolder frozen = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(20))
        .until(this::freezeANodeHoldingLocks, Optional::isPresent).orElseThrow();
    String other = frozen.node().equals("A") ? "B" : "A";
    List<String> orphans = frozen.jobs();
    cluster.kill(frozen.node());
    Instant killed = Instant.now();
    try {
      await().atMost(LOCK_TIME.plusSeconds(30)).pollInterval(Duration.ofMillis(200))
          .until(() -> db.count("SELECT COUNT(*) FROM act_ru_job WHERE id_ = ANY (?)", (Object) orphans.toArray(String[]::new)) == 0);
      Duration takenOver = Duration.between(killed, Instant.now());
      await().atMost(Duration.ofMinutes(5)).until(() -> db.timersLeft("deadlineDayReminderDue") == 0);
      MailCatcher.Delivery reminders = awaitDelivery(NotificationPurpose.PLAN_REMINDER, 2 * ORGANISATIONS + expected);

      assertThat(takenOver).isLessThan(LOCK_TIME.plusSeconds(15));
      assertThat(db.count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_id_ = ANY (?) AND job_state_ = 2 AND hostname_ = ?",
          orphans.toArray(String[]::new), "node-" + other)).isEqualTo(orphans.size());
      assertThat(db.executions("sendDeadlineDayReminder")).isEqualTo(expected);
      assertThat(db.mostExecutionsInOneInstance("sendDeadlineDayReminder")).isEqualTo(1);
      assertThat(db.stuckJobs()).isZero();
      figures.add("takeover: jobs node " + frozen.node() + " held when killed", orphans.size());
      figures.add("takeover: kill to the last of them done by node " + other + " (lock time " + LOCK_TIME.toSeconds() + " s)",
          takenOver);
      figures.add("takeover: all reminders queued / arrived at SMTP / repeats / missing", reminders);
    } finally {
      cluster.start(frozen.node());
    }
  }

  @Test
  @Order(6)
  void theDatabaseStoppedForThirtySecondsLosesNothingAndTheNodesRecoverWithoutARestart() throws Exception {
    long expected = ORGANISATIONS - RACED.size();
    assertThat(db.timersDueNow("planDeadlinePassed")).isEqualTo(expected);
    await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
        .until(() -> db.executions("markPlanOverdue") >= 100);
    Instant stopped = Instant.now();
    LocalPostgres.stop();
    try {
      Thread.sleep(OUTAGE.toMillis());
    } finally {
      LocalPostgres.start();
    }
    Instant restarted = Instant.now();
    List<String> interrupted =
        db.strings("SELECT id_ FROM act_ru_job WHERE handler_cfg_ = 'planDeadlinePassed' AND lock_owner_ IS NOT NULL");
    Map<String, Duration> recovery = new HashMap<>();
    for (String node : List.of("A", "B")) {
      await().atMost(Duration.ofMinutes(2)).ignoreExceptions().pollInterval(Duration.ofMillis(200))
          .until(() -> admin(node).get("/task/count").statusCode() == 200);
      recovery.put(node, Duration.between(restarted, Instant.now()));
    }
    await().atMost(Duration.ofMinutes(5)).until(() -> db.timersLeft("planDeadlinePassed") == 0
        && openTasks(PlanProcess.OVERDUE_TASK) == expected);
    Duration allDone = Duration.between(stopped, Instant.now());
    MailCatcher.Delivery overdue = awaitDelivery(NotificationPurpose.PLAN_OVERDUE, 2 * expected);

    assertThat(db.executions("markPlanOverdue")).isEqualTo(expected);
    assertThat(db.mostExecutionsInOneInstance("markPlanOverdue")).isEqualTo(1);
    assertThat(overdue.repeats()).isZero();
    assertThat(db.stuckJobs()).isZero();
    figures.add("outage: PostgreSQL stopped for", OUTAGE);
    figures.add("outage: node A / node B answering again after PostgreSQL was back",
        ClusterFigures.seconds(recovery.get("A")) + " / " + ClusterFigures.seconds(recovery.get("B")));
    figures.add("outage: jobs cut off mid-transaction (locked when PostgreSQL was back) / done since", interrupted.size()
        + " / " + db.count("SELECT COUNT(*) FROM act_hi_job_log WHERE job_id_ = ANY (?) AND job_state_ = 2",
            (Object) interrupted.toArray(String[]::new)));
    figures.add("outage: stop to every deadline handled", allDone);
    figures.add("outage: overdue plans / overdue mails queued, arrived, repeats, missing",
        db.executions("markPlanOverdue") + " / " + overdue);
  }

  private EngineRestClient admin(String node) throws IOException {
    return new EngineRestClient(cluster.url(node), "admin", cluster.adminPassword());
  }

  private long plans() {
    return db.count("SELECT COUNT(*) FROM act_hi_procinst WHERE proc_def_key_ = ?", PlanProcess.KEY);
  }

  private long openTasks(String taskDefinitionKey) {
    return db.count("SELECT COUNT(*) FROM act_ru_task WHERE task_def_key_ = ?", taskDefinitionKey);
  }

  /** Who holds job locks now: {@code node-A/…} or {@code node-B/…} (see NodeIdentityPlugin). */
  /** A node frozen with the jobs it has locked, or none if the node seen holding locks had let them go by then. */
  private Optional<LockHolder> freezeANodeHoldingLocks() throws IOException, InterruptedException {
    List<String> owners =
        db.strings("SELECT DISTINCT lock_owner_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_exp_time_ > now()");
    if (owners.isEmpty()) {
      return Optional.empty();
    }
    String node = owners.get(0).substring("node-".length(), "node-".length() + 1);
    cluster.freeze(node);
    List<String> jobs = lockedBy("node-" + node);
    if (jobs.isEmpty()) {
      cluster.thaw(node);
      return Optional.empty();
    }
    return Optional.of(new LockHolder(node, jobs));
  }

  private record LockHolder(String node, List<String> jobs) {}

  private List<String> lockedBy(String node) {
    return db.strings("SELECT id_ FROM act_ru_job WHERE lock_owner_ LIKE ? AND lock_exp_time_ > now()", node + "/%");
  }

  /** Waits until every message of the purpose is out of the outbox; then compares them with what arrived. */
  private MailCatcher.Delivery awaitDelivery(NotificationPurpose purpose, long expected) {
    await().atMost(Duration.ofMinutes(3)).until(() -> db.count(
        "SELECT COUNT(*) FROM notification WHERE purpose = ? AND status = 'SENT'", purpose.name()) == expected);
    MailCatcher.Delivery delivery = mail.delivery(
        db.strings("SELECT dedup_key FROM notification WHERE purpose = ?", purpose.name()));
    assertThat(delivery.queued()).isEqualTo(expected);
    assertThat(delivery.missing()).isZero();
    // SMTP cannot confirm a send its sender died in: at most the one in flight per kill arrives twice.
    assertThat(delivery.repeats()).isLessThanOrEqualTo(2);
    repeatsSoFar = purpose == NotificationPurpose.PLAN_REMINDER ? delivery.repeats() : repeatsSoFar;
    return delivery;
  }

  private void createSubmitter(String user, String org) throws Exception {
    EngineRestClient admin = admin("A");
    HttpResponse<String> created = admin.post("/user/create", Map.of(
        "profile", Map.of("id", user, "firstName", "联络员", "lastName", org, "email", user + "@example.org"),
        "credentials", Map.of("password", PASSWORD)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    HttpResponse<String> member = admin.put("/group/" + org + "/members/" + user);
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
  }

  private static String submitTaskOf(EngineRestClient submitter, String org) throws Exception {
    HttpResponse<String> tasks = submitter.get("/task?processInstanceBusinessKey=" + CAMPAIGN + "/" + org
        + "&taskDefinitionKey=" + PlanProcess.SUBMIT_TASK + "&maxResults=10");
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    List<?> found = EngineRestClient.read(tasks.body(), List.class);
    assertThat(found).hasSize(1);
    return (String) ((Map<?, ?>) found.get(0)).get("id");
  }

  private static HttpResponse<String> submit(EngineRestClient node, String taskId, Map<String, Object> body, CyclicBarrier together) {
    try {
      together.await();
      return node.post("/task/" + taskId + "/submit-form", body);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
