package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notice.CampaignStatus;
import cn.org.cast.volunteer.notification.NotificationOutbox.Delivery;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.publication.PublicationProcess;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.PictureQuality;

/**
 * The campaign after the published selection: representatives confirmed (reminded, escalated), the
 * running order built and exported, every sub-venue linked up on the day while the board follows,
 * then the outcome recorded and the campaign closed.
 */
@AppTest
class SymposiumProcessTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  CampaignService campaigns;
  @Autowired
  SymposiumService symposium;
  @Autowired
  JdbcClient jdbc;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  EngineDriver driver;
  ProcessInstance campaign;
  String campaignId;

  @BeforeEach
  void theSelectionOfTwoSocietiesTheirTeamsAndVenuesIsPublished() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    campaign = PublishedSelection.ofTwoSocieties(driver, engine, campaignId);
  }

  @Test
  void theSymposiumRunsFromTheRepresentativesToTheCampaignsClose() throws Exception {
    assertThat(campaign).hasPassed(PublicationProcess.PUBLISHED_END, PREPARE_TASK)
        .isWaitingAt(CONFIRM_TASK, ARRANGE_TASK, LINKUP_ACTIVITY);
    List<Task> confirmations = tasks(CONFIRM_TASK);
    assertThat(confirmations).extracting(Task::getName).containsExactlyInAnyOrder("确认受旗代表：中国化学会",
        "确认受旗代表：中国机械工程学会", "确认受旗代表：中国化学会科技志愿服务总队", "确认受旗代表：中国化学会科技志愿服务总队");
    assertThat(linkups()).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(campaignId + "/venue/V01", campaignId + "/venue/V02");

    // The Chemical Society answers for its society and its team; a bad mobile number is refused first.
    List<Task> chemistry = confirmations.stream().filter(t -> candidateGroup(t).equals(CHEMICAL_SOCIETY)).toList();
    assertThatThrownBy(() -> confirm(chemistry.get(0), "张受旗", "12345"))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    chemistry.forEach(task -> confirm(task, "张受旗", "13911112222"));
    Task mechanicsTeam = tasks(CONFIRM_TASK).stream().filter(t -> candidateGroup(t).equals(MECHANICAL_SOCIETY))
        .filter(t -> t.getName().contains("服务")).findFirst().orElseThrow();
    confirm(mechanicsTeam, "刘受旗", "13933334444");

    // One still open: a reminder to that organisation only, then the escalation at the due date.
    fire(CONFIRMATION_REMINDER_TIMER);
    assertThat(mails(NotificationPurpose.REPRESENTATIVE_REMINDER)).extracting(Delivery::orgCode)
        .containsExactly(MECHANICAL_SOCIETY);
    fire(CONFIRMATION_OVERDUE_TIMER);
    assertThat(mails(NotificationPurpose.REPRESENTATIVE_OVERDUE)).extracting(Delivery::recipientEmail)
        .hasSizeGreaterThanOrEqualTo(2).anyMatch(email -> email.startsWith("ceremony1"));
    assertThat(symposium.recipient(campaignId, "SOCIETY:" + MECHANICAL_SOCIETY).escalatedAt()).isNotNull();

    // The running order, a draft first, with the representatives confirmed so far.
    Task arrange = tasks(ARRANGE_TASK).get(0);
    driver.as("ceremony1", () -> engine.getFormService().submitTaskForm(arrange.getId(),
        DemoForms.runningOrder(20, false)));
    assertThat(campaign).isWaitingAt(ARRANGE_TASK);
    RunningOrder order = symposium.runningOrder(campaignId);
    assertThat(order.items()).filteredOn(i -> i.kind() == ProgrammeKind.FLAG_BATCH).singleElement()
        .satisfies(batch -> assertThat(batch.flags()).hasSize(4)
            .anySatisfy(flag -> assertThat(flag.representative()).isEqualTo("张受旗"))
            .anySatisfy(flag -> assertThat(flag.representative()).isNull()));
    assertThat(order.items()).filteredOn(i -> i.kind() == ProgrammeKind.VENUE_LINK).hasSize(2);
    WebClientSession ceremony = new WebClientSession(port);
    ceremony.login("ceremony1", password);
    for (String format : List.of("docx", "pdf", "xlsx")) {
      assertThat(ceremony.download("/api/campaigns/" + campaignId + "/running-order." + format).statusCode())
          .as(format).isEqualTo(200);
    }
    WebClientSession chemsoc = new WebClientSession(port);
    chemsoc.login("chemsoc", password);
    assertThat(chemsoc.download("/api/campaigns/" + campaignId + "/running-order.pdf").statusCode()).isEqualTo(403);
    Task finalVersion = tasks(ARRANGE_TASK).get(0);
    driver.as("ceremony1", () -> engine.getFormService().submitTaskForm(finalVersion.getId(),
        DemoForms.runningOrder(20, true)));

    Task lastConfirmation = tasks(CONFIRM_TASK).get(0);
    driver.as("cmes", () -> engine.getFormService().submitTaskForm(lastConfirmation.getId(),
        Map.of(ATTENDING, NO, ABSENCE_NOTE, "学会理事长当日出访，无法出席。")));
    driver.executeJobs();
    assertThat(campaign).isWaitingAt(LINKUP_ACTIVITY).hasPassed(CONFIRM_TASK);

    // The day: both venues linked up; the board and the console's API follow every signal.
    for (ProcessInstance venue : linkups()) {
      prepareVenue(venue);
    }
    CampaignClock.set(OffsetDateTime.parse("2019-05-29T10:00:00+08:00"));
    driver.executeJobs();
    for (ProcessInstance venue : linkups()) {
      complete(venue, "lead1", Map.of(LinkupProcess.GO_DECISION, LinkupProcess.GO, LinkupProcess.DECISION_REASON, ""));
    }
    CampaignClock.set(OffsetDateTime.parse("2019-05-30T09:40:00+08:00"));
    driver.executeJobs();

    HttpResponse<String> connected = signal("av1", "V01", "{\"signal\":\"CONNECTED\"}");
    assertThat(connected.statusCode()).as(connected.body()).isEqualTo(200);
    assertThat(JSON.readTree(connected.body()).path("stateLabel").asText()).isEqualTo("已连线");
    assertThat(signal("av1", "V01", "{\"signal\":\"CONNECTED\"}").body()).contains("\"changed\":false");
    assertThat(signal("av1", "V77", "{\"signal\":\"ON_AIR\"}").statusCode()).isEqualTo(404);
    assertThat(signal("av1", "V01", "{\"signal\":\"LOUDER\"}").statusCode()).isEqualTo(400);
    assertThat(signal("organizer", "V01", "{\"signal\":\"ON_AIR\"}").statusCode()).isEqualTo(403);
    signal("av1", "V01", "{\"signal\":\"ON_AIR\"}");
    signal("av1", "V02", "{\"signal\":\"DROPPED\",\"fallbackMode\":\"AUDIO_ONLY\"}");

    JsonNode board = JSON.readTree(ceremony.get("/api/campaigns/" + campaignId + "/board").body());
    assertThat(board.path("phase").asText()).isEqualTo("LIVE");
    assertThat(board.path("phaseLabel").asText()).isEqualTo("直播进行中");
    assertThat(board.path("venues").findValuesAsText("stateLabel")).containsExactly("直播中", "备播中");
    assertThat(board.path("venues").get(1).path("fallbackLabel").asText()).isEqualTo("仅音频");
    assertThat(board.path("venues").findValuesAsText("rehearsal")).containsExactly("第1次联调：通过", "第1次联调：通过");
    assertThat(board.path("items").get(0).path("startsAt").asText()).isEqualTo("09:30");
    assertThat(board.path("currentPosition").asInt()).isPositive();
    assertThat(board.path("stateCounts").path("ON_AIR").asInt()).isEqualTo(1);
    signal("av1", "V01", "{\"signal\":\"DONE\"}");
    signal("av1", "V02", "{\"signal\":\"DONE\"}");
    driver.executeJobs();

    // After the ceremony: the outcome, the close, the teams on to the standing work.
    assertThat(campaign).isWaitingAt(OUTCOME_TASK);
    Task outcome = tasks(OUTCOME_TASK).get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> venueRows = (List<Map<String, Object>>) engine.getTaskService()
        .getVariableLocal(outcome.getId(), VENUE_OUTCOMES);
    assertThat(venueRows).extracting(row -> row.get(OUTCOME_HELD)).containsOnly(true);
    Map<String, Object> form = new HashMap<>();
    form.put(VENUE_OUTCOMES, venueRows.stream().map(row -> {
      Map<String, Object> filled = new HashMap<>(row);
      filled.put(OUTCOME_MEDIA, "https://photos.example.org/" + row.get(OUTCOME_VENUE_CODE));
      return filled;
    }).toList());
    form.put(FLAG_EXCEPTIONS, List.of(Map.of(EXCEPTION_RECIPIENT, "SOCIETY:" + MECHANICAL_SOCIETY,
        EXCEPTION_KIND, FlagException.ABSENT.name())));
    form.put(CEREMONY_MEDIA, "https://photos.example.org/main");
    form.put(CEREMONY_SUMMARY, "座谈会如期举行，两个分会场完成连线，其中一个一度转为仅音频。");
    driver.as("ceremony1", () -> engine.getFormService().submitTaskForm(outcome.getId(), form));

    assertThat(campaign).isEnded().hasPassed(CONCLUDE_TASK, CLOSED_END).variables()
        .containsEntry(CAMPAIGN_SUMMARY, "授旗 4/4 面；分会场举行 2/2 个；转入常态化科技志愿服务的服务队 2 支");
    assertThat(campaigns.status(campaignId)).contains(CampaignStatus.CONCLUDED);
    assertThat(campaigns.summary(campaignId)).get().asString().contains("仅音频");
    assertThat(symposium.recipient(campaignId, "SOCIETY:" + MECHANICAL_SOCIETY).attended()).isFalse();
    assertThat(jdbc.sql("SELECT COUNT(*) FROM volunteer_team WHERE origin_campaign = :c").param("c", campaignId)
        .query(Long.class).single()).isEqualTo(2);
    // Closed: the selection lists stay open to every signed-in user.
    assertThat(chemsoc.download("/api/campaigns/" + campaignId + "/selection.xlsx").statusCode()).isEqualTo(200);
  }

  /** Registration and one passing connection test. */
  private void prepareVenue(ProcessInstance venue) {
    String host = PublishedSelection.user(
        (String) engine.getRuntimeService().getVariable(venue.getId(), LinkupProcess.HOST_CODE));
    Map<String, Object> registration = DemoForms.venueRegistration("北京市海淀区中关村大街1号", "INDUSTRIAL_PARK", "承办单位",
        "rtmp://live.example.org/cast/" + venue.getBusinessKey());
    complete(venue, host, registration);
    complete(venue, "ceremony1", Map.of(LinkupProcess.REHEARSAL_DATE, "2019-05-20", LinkupProcess.REHEARSAL_TIME, "10:00"));
    complete(venue, host, Map.of(LinkupProcess.SLOT_ACCEPTED, LinkupProcess.YES));
    complete(venue, "av1", Map.of(LinkupProcess.VIDEO_OK, true, LinkupProcess.AUDIO_OK, true, LinkupProcess.LATENCY_MS, 200,
        LinkupProcess.PICTURE_QUALITY, PictureQuality.HD.name()));
  }

  private void confirm(Task task, String name, String mobile) {
    driver.as(PublishedSelection.user(candidateGroup(task)), () -> engine.getFormService().submitTaskForm(task.getId(),
        Map.of(ATTENDING, YES, REPRESENTATIVE_NAME, name, REPRESENTATIVE_TITLE, "秘书长", REPRESENTATIVE_MOBILE, mobile)));
  }

  private HttpResponse<String> signal(String user, String venue, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/campaigns/" + campaignId
            + "/venues/" + venue + "/signals"))
        .header("Authorization", WebClientSession.basicAuthorization(user, password))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private void fire(String timerActivity) {
    driver.executeJobs();
    String job = engine.getManagementService().createJobQuery().processInstanceId(campaign.getId())
        .activityId(timerActivity).singleResult().getId();
    engine.getManagementService().executeJob(job);
  }

  private List<Delivery> mails(NotificationPurpose purpose) {
    return outbox.forCampaign(campaignId).stream().filter(mail -> mail.purpose() == purpose).toList();
  }

  private List<ProcessInstance> linkups() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LinkupProcess.KEY)
        .processInstanceBusinessKeyLike(campaignId + "/venue/%").orderByBusinessKey().asc().list();
  }

  private void complete(ProcessInstance instance, String user, Map<String, Object> form) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private List<Task> tasks(String activity) {
    return PublishedSelection.tasks(engine, campaign, activity);
  }


  private String candidateGroup(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
  }


}
