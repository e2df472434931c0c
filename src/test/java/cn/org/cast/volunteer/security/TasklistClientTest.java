package cn.org.cast.volunteer.security;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.security.WebClientSession.TASKLIST_API;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.SampleDocuments;
import cn.org.cast.volunteer.plan.PlanProcess;

/** Acts as Tasklist does, over HTTP: one login, the webapps' engine API, Camunda's CSRF header. */
@AppTest
class TasklistClientTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  ObjectMapper json;

  String campaignId;
  Task chemistryTask;
  Task mechanicsTask;

  @BeforeEach
  void campaignWithTwoSocieties() {
    EngineDriver driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    chemistryTask = driver.task(driver.plan(campaignId, CHEMICAL_SOCIETY));
    mechanicsTask = driver.task(driver.plan(campaignId, MECHANICAL_SOCIETY));
  }

  @Test
  void submitterListsItsTaskLoadsTheFormAndSubmits() throws Exception {
    WebClientSession chemsoc = loggedIn("chemsoc");

    JsonNode tasks = json.readTree(chemsoc.get(TASKLIST_API + "/task?maxResults=50&processInstanceBusinessKeyLike=" + campaignId + "%25").body());
    assertThat(tasks.findValuesAsText("id")).containsExactly(chemistryTask.getId());

    JsonNode form = json.readTree(chemsoc.get(TASKLIST_API + "/task/" + chemistryTask.getId() + "/deployed-form").body());
    assertThat(form.path("id").asText()).isEqualTo(PlanProcess.SUBMISSION_FORM);
    JsonNode variables = json.readTree(chemsoc.get(TASKLIST_API + "/task/" + chemistryTask.getId() + "/form-variables").body());
    assertThat(variables.path(PlanProcess.HOST_ORGANIZATION).path("value").asText()).isEqualTo("中国化学会");

    assertThat(chemsoc.postJson(TASKLIST_API + "/task/" + chemistryTask.getId() + "/claim", "{\"userId\":\"chemsoc\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> withoutDocuments = chemsoc.postJson(submitPath(chemistryTask), validSubmission());
    assertThat(withoutDocuments.statusCode()).isEqualTo(400);
    assertThat(json.readTree(withoutDocuments.body()).path("message").asText())
        .contains("请先在任务的“附件”页上传盖章PDF版和Word版");
    uploadDocuments(chemsoc, chemistryTask);
    HttpResponse<String> submitted = chemsoc.postJson(submitPath(chemistryTask), validSubmission());
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);

    Task review = engine.getTaskService().createTaskQuery().processInstanceId(chemistryTask.getProcessInstanceId())
        .singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(PlanProcess.REVIEW_TASK);
  }

  @Test
  void tasklistFilterShowsWhichOrganisationATaskIsFor() throws Exception {
    WebClientSession chemsoc = loggedIn("chemsoc");
    JsonNode filters = json.readTree(chemsoc.get(TASKLIST_API + "/filter?resourceType=Task&maxResults=15").body());
    String myTasks = filters.get(0).path("id").asText();

    JsonNode list = json.readTree(chemsoc.postForHal(TASKLIST_API + "/filter/" + myTasks + "/list?firstResult=0&maxResults=15",
        "{\"processInstanceBusinessKeyLike\":\"" + campaignId + "%\"}").body());
    JsonNode task = list.path("_embedded").path("task").get(0);
    assertThat(task.path("id").asText()).isEqualTo(chemistryTask.getId());
    assertThat(task.path("_embedded").path("variable").findValuesAsText("value")).contains("中国化学会", campaignId);
  }

  @Test
  void anotherOrganisationGetsNeitherTheTaskNorItsVariablesNorItsForm() throws Exception {
    WebClientSession cmes = loggedIn("cmes");
    String id = chemistryTask.getId();

    JsonNode tasks = json.readTree(cmes.get(TASKLIST_API + "/task?maxResults=50&processInstanceBusinessKeyLike=" + campaignId + "%25").body());
    assertThat(tasks.findValuesAsText("id")).containsExactly(mechanicsTask.getId());
    assertThat(cmes.get(TASKLIST_API + "/task/" + id).statusCode()).isIn(403, 404);
    assertThat(cmes.get(TASKLIST_API + "/task/" + id + "/form-variables").statusCode()).isIn(403, 404);
    assertThat(cmes.get(TASKLIST_API + "/task/" + id + "/variables").statusCode()).isIn(403, 404);
    assertThat(cmes.get(TASKLIST_API + "/task/" + id + "/deployed-form").statusCode()).isIn(403, 404);
    assertThat(cmes.postJson(submitPath(chemistryTask), validSubmission()).statusCode()).isIn(403, 404);
    // Not even the form's rules tell another organisation anything about the task.
    assertThat(cmes.postJson(submitPath(chemistryTask), validSubmission().replace("13812345678", "12345"))
        .statusCode()).isEqualTo(404);
    assertThat(engine.getTaskService().createTaskQuery().taskId(id).count()).isEqualTo(1);
  }

  @Test
  void invalidSubmissionGetsAChineseAnswerAndTheTaskStaysOpen() throws Exception {
    WebClientSession chemsoc = loggedIn("chemsoc");

    HttpResponse<String> badPhone = chemsoc.postJson(submitPath(chemistryTask),
        validSubmission().replace("13812345678", "12345"));
    assertThat(badPhone.statusCode()).isEqualTo(400);
    JsonNode problem = json.readTree(badPhone.body());
    assertThat(problem.path("message").asText()).contains("“手机”格式不正确");
    assertThat(problem.path("violations").findValuesAsText("field")).containsExactly(PlanProcess.CONTACT_MOBILE);

    HttpResponse<String> smuggled = chemsoc.postJson(submitPath(chemistryTask),
        validSubmission().replace("{\"variables\":{", "{\"variables\":{\"orgCode\":{\"value\":\"N043\"},"));
    assertThat(smuggled.statusCode()).isEqualTo(400);
    assertThat(json.readTree(smuggled.body()).path("message").asText()).contains("表单中没有的字段：orgCode");

    // Each field takes the type of value its form component submits: text here, not a number or a list.
    HttpResponse<String> mistyped = chemsoc.postJson(submitPath(chemistryTask), validSubmission()
        .replace("\"activityName\":{\"value\":\"化学科普进社区\"}", "\"activityName\":{\"value\":42}")
        .replace("\"contactName\":{\"value\":\"张三\"}", "\"contactName\":{\"value\":\"[\\\"张三\\\"]\",\"type\":\"Json\"}"));
    assertThat(mistyped.statusCode()).isEqualTo(400);
    assertThat(json.readTree(mistyped.body()).path("violations").findValuesAsText("message"))
        .containsExactlyInAnyOrder("“activityName”的值类型不正确，应为文本", "“contactName”的值类型不正确，应为文本");

    assertThat(engine.getTaskService().createTaskQuery().taskId(chemistryTask.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(chemistryTask.getProcessInstanceId(), PlanProcess.ORG_CODE))
        .isEqualTo(CHEMICAL_SOCIETY);
  }

  @Test
  void doubleSubmitCompletesOnceAndTheSecondGetsAConflict() throws Exception {
    WebClientSession first = loggedIn("chemsoc");
    uploadDocuments(first, chemistryTask);
    WebClientSession second = loggedIn("chemsoc");
    String body = validSubmission();
    CountDownLatch ready = new CountDownLatch(1);
    Callable<Integer> submit1 = () -> {
      ready.await();
      return first.postJson(submitPath(chemistryTask), body).statusCode();
    };
    Callable<Integer> submit2 = () -> {
      ready.await();
      return second.postJson(submitPath(chemistryTask), body).statusCode();
    };
    var pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> a = pool.submit(submit1);
      Future<Integer> b = pool.submit(submit2);
      ready.countDown();
      assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder(204, 409);
    } finally {
      pool.shutdown();
    }
    HttpResponse<String> again = first.postJson(submitPath(chemistryTask), body);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(json.readTree(again.body()).path("message").asText()).contains("已经办理完成");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(
        chemistryTask.getProcessInstanceId()).taskDefinitionKey(PlanProcess.SUBMIT_TASK).count()).isEqualTo(1);
  }

  @Test
  void scriptsGetTheSameAnswersOverTheEngineRestApi() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    String auth = WebClientSession.basicAuthorization("chemsoc", password);
    Function<String, HttpRequest.Builder> post = path -> HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest" + path))
        .header("Authorization", auth).header("Content-Type", "application/json");

    new EngineDriver(engine, documents).attachDocuments("chemsoc", chemistryTask.getId());
    String submit = "/task/" + chemistryTask.getId() + "/submit-form";
    HttpRequest request = post.apply(submit).POST(HttpRequest.BodyPublishers.ofString(validSubmission())).build();
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(204);
    assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(409);

    // A submitter may not start a campaign, and learns nothing from the start form's rules either.
    HttpResponse<String> start = client.send(post.apply("/process-definition/key/campaign/submit-form")
        .POST(HttpRequest.BodyPublishers.ofString("{\"variables\":{\"campaignId\":{\"value\":\"" + campaignId + "\"}}}"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(start.statusCode()).as(start.body()).isEqualTo(403);
  }

  @Test
  void loginPageIsChineseAndTheWebappsNeedALogin() {
    WebClientSession anonymous = new WebClientSession(port);
    HttpResponse<String> tasklist = anonymous.get("/camunda/app/tasklist/default/");
    assertThat(tasklist.statusCode()).isEqualTo(302);
    assertThat(tasklist.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(anonymous.get("/login").body()).contains("用户名", "密码", "登录");
    assertThat(anonymous.get("/engine-rest/task").statusCode()).isEqualTo(401);
    // An account of its own: a failed login delays that account's next attempt (the login throttle).
    String account = "login" + System.nanoTime() % 100000;
    User user = engine.getIdentityService().newUser(account);
    user.setPassword(password);
    engine.getIdentityService().saveUser(user);
    HttpResponse<String> wrongPassword = anonymous.login(account, "wrong-password");
    assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    // An unknown account looks the same: nothing tells which accounts exist.
    HttpResponse<String> unknown = new WebClientSession(port).login("nobody" + account, "wrong-password");
    assertThat(unknown.statusCode()).isEqualTo(wrongPassword.statusCode());
    assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"));
  }

  private WebClientSession loggedIn(String user) {
    WebClientSession session = new WebClientSession(port);
    HttpResponse<String> login = session.login(user, password);
    assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/camunda/app/tasklist"));
    return session;
  }

  private static void uploadDocuments(WebClientSession session, Task task) {
    String documents = "/api/tasks/" + task.getId() + "/documents/";
    assertThat(session.putFile(documents + "STAMPED_PDF", SampleDocuments.pdf(), "方案（盖章）.pdf").statusCode())
        .isEqualTo(200);
    assertThat(session.putFile(documents + "WORD", SampleDocuments.docx(), "方案.docx").statusCode()).isEqualTo(200);
  }

  private static String submitPath(Task task) {
    return TASKLIST_API + "/task/" + task.getId() + "/submit-form";
  }

  /** What Tasklist sends for a completed plan form: primitives untyped, dynamic lists as Json text. */
  private String validSubmission() throws Exception {
    String teams = "[{\"teamName\":\"中国化学会科技志愿服务总队\",\"teamLevel\":\"NATIONAL_SOCIETY_CORPS\",\"teamLeader\":\"李四\",\"memberCount\":120}]";
    String venues = "[{\"venueName\":\"中关村分会场\",\"venueKind\":\"INDUSTRIAL_PARK\",\"venueOrganizer\":\"中国化学会北京分会\",\"venueAddress\":\"北京市海淀区中关村大街1号\"}]";
    return "{\"variables\":{"
        + "\"submissionAction\":{\"value\":\"SUBMIT\"},"
        + "\"activityName\":{\"value\":\"化学科普进社区\"},"
        + "\"organizingUnit\":{\"value\":\"中国化学会科普工作委员会\"},"
        + "\"dockingPlatform\":{\"value\":\"PARTY_MASS_SERVICE_CENTER\"},"
        + "\"dockingPlatformName\":{\"value\":\"中关村街道党群服务中心\"},"
        + "\"videoLink\":{\"value\":\"yes\"},"
        + "\"contactName\":{\"value\":\"张三\"},"
        + "\"contactOfficePhone\":{\"value\":\"010-62568157\"},"
        + "\"contactMobile\":{\"value\":\"13812345678\"},"
        + "\"contactEmail\":{\"value\":\"contact@chemsoc.example.org\"},"
        + "\"planText\":{\"value\":\"" + planText(600) + "\"},"
        + "\"volunteerTeams\":{\"type\":\"Json\",\"value\":" + json.writeValueAsString(teams) + "},"
        + "\"subVenues\":{\"type\":\"Json\",\"value\":" + json.writeValueAsString(venues) + "}"
        + "}}";
  }
}
