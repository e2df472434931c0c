package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;

/**
 * An organisation changes only its own flag recipient's representative and its own venue, whatever the variables
 * it sends along say: the services read the record's organisation from our tables. Every way the Chemical
 * Society can reach the Mechanical Engineering Society's records is refused, and those records stay as they were.
 */
@AppTest
class RecordOwnershipTest {

  static final String MECHANICS_SOCIETY_KEY = "SOCIETY:" + MECHANICAL_SOCIETY;

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  SymposiumService symposium;
  @Autowired
  VenueService venues;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  EngineDriver driver;
  ProcessInstance campaign;
  String campaignId;

  @BeforeEach
  void theSelectionOfTwoSocietiesIsPublished() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    campaign = PublishedSelection.ofTwoSocieties(driver, engine, campaignId);
  }

  @Test
  void anOrganisationCannotConfirmAnotherOrganisationsRepresentative() throws Exception {
    Task own = confirmation(CHEMICAL_SOCIETY);
    Task theirs = confirmation(MECHANICAL_SOCIETY);
    Map<String, Object> answer = new HashMap<>(Map.of(ATTENDING, YES, REPRESENTATIVE_NAME, "张冒名",
        REPRESENTATIVE_TITLE, "秘书长", REPRESENTATIVE_MOBILE, "13911112222"));

    // Through the Java API, naming the other society's flag on its own task.
    answer.put(FLAG_RECIPIENT, MECHANICS_SOCIETY_KEY);
    assertRefused(() -> driver.as("chemsoc", () -> engine.getFormService().submitTaskForm(own.getId(), answer)));
    // Over REST: the variable cannot be set on the task, sent with the form, or the other task reached at all.
    assertThat(send("chemsoc", "PUT", "/engine-rest/task/" + own.getId() + "/variables/" + FLAG_RECIPIENT,
        "{\"value\":\"" + MECHANICS_SOCIETY_KEY + "\",\"type\":\"String\"}")).isEqualTo(404);
    assertThat(send("chemsoc", "POST", "/engine-rest/task/" + own.getId() + "/submit-form", formBody(answer)))
        .isEqualTo(400);
    answer.remove(FLAG_RECIPIENT);
    assertThat(send("chemsoc", "POST", "/engine-rest/task/" + theirs.getId() + "/submit-form", formBody(answer)))
        .isEqualTo(404);
    assertThat(send("chemsoc", "PUT", "/engine-rest/task/" + theirs.getId() + "/variables/" + REPRESENTATIVE_NAME,
        "{\"value\":\"张冒名\",\"type\":\"String\"}")).isEqualTo(404);

    FlagRecipient untouched = symposium.recipient(campaignId, MECHANICS_SOCIETY_KEY);
    assertThat(untouched.confirmed()).isFalse();
    assertThat(untouched.representativeName()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskId(theirs.getId()).count()).isOne();

    // Its own flag it confirms as before.
    driver.as("chemsoc", () -> engine.getFormService().submitTaskForm(own.getId(), answer));
    assertThat(symposium.recipient(campaignId, "SOCIETY:" + CHEMICAL_SOCIETY).representativeName()).isEqualTo("张冒名");
  }

  @Test
  void anOrganisationCannotRegisterAnotherOrganisationsVenue() throws Exception {
    ProcessInstance own = linkupOf(CHEMICAL_SOCIETY);
    ProcessInstance theirs = linkupOf(MECHANICAL_SOCIETY);
    String theirCode = (String) engine.getRuntimeService().getVariable(theirs.getId(), LinkupProcess.VENUE_CODE);
    Map<String, Object> registration = new HashMap<>(DemoForms.venueRegistration("北京市朝阳区冒名路1号", "INDUSTRIAL_PARK",
        "冒名单位", "rtmp://live.example.org/cast/forged"));

    registration.put(LinkupProcess.VENUE_CODE, theirCode);
    assertRefused(() -> driver.as("chemsoc", () -> engine.getFormService().submitTaskForm(task(own).getId(), registration)));
    assertThat(send("chemsoc", "PUT", "/engine-rest/task/" + task(own).getId() + "/variables/" + LinkupProcess.VENUE_CODE,
        "{\"value\":\"" + theirCode + "\",\"type\":\"String\"}")).isEqualTo(404);
    assertThat(send("chemsoc", "POST", "/engine-rest/process-instance/" + theirs.getId() + "/variables",
        "{\"modifications\":{\"" + LinkupProcess.CONTACT_MOBILE + "\":{\"value\":\"13000000000\"}}}")).isEqualTo(404);
    registration.remove(LinkupProcess.VENUE_CODE);
    assertThat(send("chemsoc", "POST", "/engine-rest/task/" + task(theirs).getId() + "/submit-form",
        formBody(registration))).isEqualTo(404);
    assertThat(send("chemsoc", "POST", "/api/campaigns/" + campaignId + "/venues/" + theirCode + "/signals",
        "{\"signal\":\"DONE\"}")).isEqualTo(403);

    SubVenue untouched = venues.venue(campaignId, theirCode);
    assertThat(untouched.contactMobile()).isNull();
    assertThat(untouched.endpoint()).isNull();
    assertThat(engine.getRuntimeService().getVariable(theirs.getId(), LinkupProcess.CONTACT_MOBILE)).isNull();
    assertThat(task(theirs).getTaskDefinitionKey()).isEqualTo(LinkupProcess.REGISTER_TASK);

    driver.as("chemsoc", () -> engine.getFormService().submitTaskForm(task(own).getId(), registration));
    String ownCode = (String) engine.getRuntimeService().getVariable(own.getId(), LinkupProcess.VENUE_CODE);
    assertThat(venues.venue(campaignId, ownCode).endpoint()).endsWith("forged");
  }

  private Task confirmation(String org) {
    return tasks(CONFIRM_TASK).stream().filter(task -> !task.getName().contains("服务"))
        .filter(task -> engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
            .anyMatch(link -> org.equals(link.getGroupId())))
        .findFirst().orElseThrow();
  }

  private ProcessInstance linkupOf(String org) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LinkupProcess.KEY)
        .processInstanceBusinessKeyLike(campaignId + "/venue/%").list().stream()
        .filter(venue -> org.equals(engine.getRuntimeService().getVariable(venue.getId(), LinkupProcess.HOST_CODE)))
        .findFirst().orElseThrow();
  }

  private Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  private List<Task> tasks(String activity) {
    return PublishedSelection.tasks(engine, campaign, activity);
  }


  /** Refused by the owner check, however deep the engine wraps it. */
  private static void assertRefused(Runnable call) {
    assertThatThrownBy(call::run).satisfies(thrown -> {
      Throwable cause = thrown;
      while (!(cause instanceof AuthorizationException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      assertThat(cause).isInstanceOf(AuthorizationException.class);
    });
  }

  private static String formBody(Map<String, Object> form) {
    StringBuilder json = new StringBuilder("{\"variables\":{");
    form.forEach((name, value) -> json.append(json.charAt(json.length() - 1) == '{' ? "" : ",").append('"').append(name)
        .append("\":{\"value\":\"").append(value).append("\"}"));
    return json.append("}}").toString();
  }

  private int send(String user, String method, String path, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("Content-Type", "application/json")
        .header("Authorization", WebClientSession.basicAuthorization(user, password))
        .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }


}
