package cn.org.cast.volunteer.security;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demand.DemandForms;
import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.demand.SubmitterKind;
import cn.org.cast.volunteer.demand.TechField;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.PictureQuality;
import cn.org.cast.volunteer.venue.VenueService;
import cn.org.cast.volunteer.venue.VenueState;

/**
 * Each role's engine rights are the least its work needs: read-only roles write no comments or attachments,
 * history with contacts' phone numbers is read only by the roles the app shows them to, and the symposium
 * roles move venues only through their tasks and the signals API.
 */
@AppTest
class LeastPrivilegeTest {

  static final String DEMAND_MOBILE = "13812345678";
  static final String VENUE_MOBILE = "13800138000";
  static final String VENUE = "V01";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  VenueService venues;
  @Autowired
  IdentitySetup identitySetup;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  final HttpClient http = HttpClient.newHttpClient();
  EngineDriver driver;
  String campaignId;

  @BeforeEach
  void aCampaign() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, BEIJING_ASSOCIATION)));
    driver.executeJobs();
  }

  @Test
  void theCommitteeReadsAPlanTaskButWritesNoCommentOrAttachmentWhileItsOrganisationDoes() throws Exception {
    String task = driver.task(driver.plan(campaignId, CHEMICAL_SOCIETY)).getId();
    assertThat(driver.as("committee1", () -> engine.getTaskService().createTaskQuery().taskId(task).count())).isOne();

    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().createComment(task, null, "委员会意见")));
    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().createAttachment("text/plain", task, null,
        "意见.txt", null, new ByteArrayInputStream("意见".getBytes(StandardCharsets.UTF_8)))));
    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().createAttachment("url", task, null,
        "链接", null, "https://example.org")));
    // Nor may a user who cannot even see the task, or anyone on the plan's instance itself.
    assertRefused(() -> driver.as("cmes", () -> engine.getTaskService().createComment(task, null, "别家意见")));
    String planInstance = driver.plan(campaignId, CHEMICAL_SOCIETY).getId();
    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().createComment(null, planInstance, "意见")));

    Comment comment = driver.as("chemsoc", () -> engine.getTaskService().createComment(task, null, "已按要求补充材料"));
    Attachment attachment = driver.as("chemsoc", () -> engine.getTaskService().createAttachment("url", task, null,
        "补充材料", null, "https://example.org/more"));
    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().deleteAttachment(attachment.getId())));
    assertRefused(() -> driver.as("committee1", () -> engine.getTaskService().deleteTaskAttachment(task, attachment.getId())));
    assertThatThrownBy(() -> driver.as("committee1", () -> engine.getTaskService().deleteTaskComment(task, comment.getId())))
        .isInstanceOf(AuthorizationException.class);

    // Over REST the same (Camunda's REST layer answers the engine's refusal with 400 and 404 here): the
    // committee's comment is not stored and the organisation's attachment stays.
    assertThat(post("committee1", "/engine-rest/task/" + task + "/comment/create", "{\"message\":\"委员会意见\"}")
        .statusCode()).isEqualTo(400);
    assertThat(send("committee1", "DELETE", "/engine-rest/task/" + task + "/attachment/" + attachment.getId(), null)
        .statusCode()).isEqualTo(404);

    assertThat(engine.getTaskService().getTaskComments(task)).extracting(Comment::getFullMessage)
        .containsExactly("已按要求补充材料");
    assertThat(engine.getTaskService().getTaskAttachments(task)).extracting(Attachment::getId)
        .containsExactly(attachment.getId());
    driver.as("chemsoc", () -> engine.getTaskService().deleteTaskAttachment(task, attachment.getId()));
    assertThat(engine.getTaskService().getTaskAttachments(task)).isEmpty();
  }

  @Test
  void theCommitteeGetsNoPhoneNumbersFromHistoryWhileTheOrganisersStillDo() throws Exception {
    ProcessInstance demand = enterDemand();
    ProcessInstance linkup = registeredVenue();
    String planInstance = driver.plan(campaignId, CHEMICAL_SOCIETY).getId();

    for (ProcessInstance instance : List.of(demand, linkup)) {
      for (String path : historyOf(instance.getId())) {
        String committee = get("committee1", path);
        assertThat(committee).as(path).doesNotContain(DEMAND_MOBILE).doesNotContain(VENUE_MOBILE).isEqualTo("[]");
        assertThat(get("organizer", path)).as(path).containsAnyOf(DEMAND_MOBILE, VENUE_MOBILE);
      }
      assertThat(get("committee1", "/engine-rest/history/process-instance?processInstanceId=" + instance.getId()
          + "&maxResults=50"))
          .isEqualTo("[]");
      assertThat(get("committee1", "/engine-rest/variable-instance?processInstanceIdIn=" + instance.getId()
          + "&maxResults=500"))
          .isEqualTo("[]");
    }
    // The campaign's own processes stay open to the committee in Cockpit.
    assertThat(get("committee1", "/engine-rest/history/variable-instance?processInstanceId=" + planInstance
        + "&maxResults=500"))
        .isNotEqualTo("[]");
    assertThat(get("committee1", "/engine-rest/history/process-instance?processDefinitionKey=" + CampaignProcess.KEY
        + "&maxResults=5")).isNotEqualTo("[]");
  }

  @Test
  void aRestartNarrowsTheGrantsAnEarlierVersionLeftBehind() {
    widen(Groups.COMMITTEE, Authorization.ANY, ProcessDefinitionPermissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_TASK);
    widen(Groups.AV_ENGINEERS, LinkupProcess.KEY, ProcessDefinitionPermissions.UPDATE_INSTANCE);
    assertThat(mayReadDemandHistory("committee1")).isTrue();

    identitySetup.run(null);

    assertThat(mayReadDemandHistory("committee1")).isFalse();
    assertThat(mayReadDemandHistory("organizer")).isTrue();
    assertThat(engine.getAuthorizationService().isUserAuthorized("av1", List.of(Groups.AV_ENGINEERS),
        ProcessDefinitionPermissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, LinkupProcess.KEY)).isFalse();
    assertThat(engine.getAuthorizationService().isUserAuthorized("av1", List.of(Groups.AV_ENGINEERS),
        ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION, LinkupProcess.KEY)).isTrue();
  }

  @Test
  void theAvEngineerChangesNoVenueInTheEngineButSignalsItThroughTheApi() throws Exception {
    ProcessInstance linkup = registeredVenue();
    assertRefused(() -> driver.as("av1", () -> {
      engine.getRuntimeService().setVariable(linkup.getId(), LinkupProcess.VENUE_CODE, "V99");
      return null;
    }));
    assertRefused(() -> driver.as("av1", () -> {
      engine.getRuntimeService().createProcessInstanceModification(linkup.getId())
          .startBeforeActivity(LinkupProcess.WAITING_TASK).execute();
      return null;
    }));
    assertThat(post("av1", "/engine-rest/process-instance/" + linkup.getId() + "/variables",
        "{\"modifications\":{\"venueCode\":{\"value\":\"V99\"}}}").statusCode()).isEqualTo(404);
    assertThat(engine.getRuntimeService().getVariable(linkup.getId(), LinkupProcess.VENUE_CODE)).isEqualTo(VENUE);

    // Its Tasklist tasks still work: the connection test, and on the day the live signals over the API.
    complete("ceremony1", linkup, Map.of(LinkupProcess.REHEARSAL_DATE, "2019-05-20", LinkupProcess.REHEARSAL_TIME, "14:00"));
    complete("bjast", linkup, Map.of(LinkupProcess.SLOT_ACCEPTED, LinkupProcess.YES));
    complete("av1", linkup, Map.of(LinkupProcess.VIDEO_OK, true, LinkupProcess.AUDIO_OK, true, LinkupProcess.LATENCY_MS, 300,
        LinkupProcess.PICTURE_QUALITY, PictureQuality.HD.name(), LinkupProcess.REHEARSAL_NOTES, ""));
    assertThat(post("av1", signals(), "{\"signal\":\"CONNECTED\"}").statusCode()).isEqualTo(409);
    CampaignClock.set(OffsetDateTime.parse("2019-05-29T10:00:00+08:00"));
    driver.executeJobs();
    complete("lead1", linkup, Map.of(LinkupProcess.GO_DECISION, LinkupProcess.GO, LinkupProcess.DECISION_REASON, ""));
    CampaignClock.set(OffsetDateTime.parse("2019-05-30T08:00:00+08:00"));
    driver.executeJobs();

    assertThat(post("bjast", signals(), "{\"signal\":\"CONNECTED\"}").statusCode()).isEqualTo(403);
    HttpResponse<String> connected = post("av1", signals(), "{\"signal\":\"CONNECTED\"}");
    assertThat(connected.statusCode()).isEqualTo(200);
    assertThat(connected.body()).contains("已连线");
    assertThat(venues.venue(campaignId, VENUE).state()).isEqualTo(VenueState.CONNECTED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(linkup.getId())
        .count()).isPositive();
  }

  private ProcessInstance enterDemand() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(DemandProcess.KEY).latestVersion().singleResult().getId();
    return driver.as("zjast", () -> engine.getFormService().submitStartForm(definitionId,
        DemandForms.demand("茶园病虫害绿色防控技术", SubmitterKind.ENTERPRISE, "测试茶业有限公司", "浙江",
            TechField.NEW_MATERIALS, ServiceField.TECHNOLOGY_BREAKTHROUGH, false)));
  }

  /** The Beijing association's venue, registered with its site contact's mobile. */
  private ProcessInstance registeredVenue() {
    venues.addSelected(campaignId, VENUE, "1-V1", "中关村科学城分会场", BEIJING_ASSOCIATION, "北京", "INDUSTRIAL_PARK",
        "北京市海淀区中关村大街1号", "海淀区科协");
    ProcessInstance linkup = engine.getRuntimeService().startProcessInstanceByKey(LinkupProcess.KEY,
        LinkupProcess.businessKey(campaignId, VENUE), Map.of(CampaignProcess.CAMPAIGN_ID, campaignId,
            LinkupProcess.VENUE_CODE, VENUE));
    complete("bjast", linkup, DemoForms.venueRegistration("北京市海淀区中关村大街1号", "INDUSTRIAL_PARK", "海淀区科协",
        "视频会议号 8801 2019 530"));
    return linkup;
  }

  private void complete(String user, ProcessInstance instance, Map<String, Object> form) {
    Task task = driver.task(instance);
    driver.as(user, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  private String signals() {
    return "/api/campaigns/" + campaignId + "/venues/" + VENUE + "/signals";
  }

  private static List<String> historyOf(String instanceId) {
    return List.of("/engine-rest/history/variable-instance?processInstanceId=" + instanceId + "&maxResults=500",
        "/engine-rest/history/detail?processInstanceId=" + instanceId + "&maxResults=500");
  }

  private boolean mayReadDemandHistory(String user) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(g -> g.getId()).toList();
    return engine.getAuthorizationService().isUserAuthorized(user, groups, ProcessDefinitionPermissions.READ_HISTORY,
        Resources.PROCESS_DEFINITION, DemandProcess.KEY);
  }

  /** What an earlier version granted: the permissions added to the role's grant on the resource. */
  private void widen(String group, String resourceId, ProcessDefinitionPermissions... permissions) {
    Authorization grant = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
        .resourceId(resourceId).singleResult();
    for (ProcessDefinitionPermissions permission : permissions) {
      grant.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(grant);
  }

  private static void assertRefused(Runnable call) {
    assertThatThrownBy(call::run).isInstanceOf(AuthorizationException.class);
  }

  private String get(String user, String path) throws Exception {
    HttpResponse<String> response = send(user, "GET", path, null);
    assertThat(response.statusCode()).as(user + " " + path).isEqualTo(200);
    return response.body();
  }

  private HttpResponse<String> post(String user, String path, String json) throws Exception {
    return send(user, "POST", path, json);
  }

  private HttpResponse<String> send(String user, String method, String path, String json) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", WebClientSession.basicAuthorization(user, password))
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
