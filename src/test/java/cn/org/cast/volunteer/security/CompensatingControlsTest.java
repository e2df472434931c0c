package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;

/**
 * Controls that stand in for fixes Camunda 7.24 will not get: Admin's first-user setup is closed (expressions in
 * queries: {@link QueryExpressionGuardTest}, {@link ExpressionCorpusTest}), object variables are
 * deserialized only as the app's own lists and maps, and the app's pages carry a strict CSP.
 */
@AppTest
class CompensatingControlsTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  IdentityService identityService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;

  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void adminsFirstUserSetupIsClosedToEveryone() throws Exception {
    String newAdmin = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@y.z\"},"
        + "\"credentials\":{\"password\":\"Intruder#2019x\"}}";
    HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(newAdmin)).build(),
        HttpResponse.BodyHandlers.ofString());
    WebClientSession admin = new WebClientSession(port);
    admin.login("admin", password);
    HttpResponse<String> signedIn = admin.postJson("/camunda/api/admin/setup/default/user/create", newAdmin);

    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(signedIn.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  @Test
  void objectVariablesOfOtherTypesThanTheAppsListsAndMapsAreNeverDeserialized() {
    // A campaign waits at its first job, which this test never runs.
    ProcessInstance campaign = new EngineDriver(engine, documents)
        .startCampaign(CampaignFixtures.startForm(CampaignFixtures.newCampaignId(), List.of(CampaignFixtures.CHEMICAL_SOCIETY)));
    runtimeService.setVariable(campaign.getId(), "gadget", Variables.serializedObjectValue("\"/etc/passwd\"")
        .serializationDataFormat("application/json").objectTypeName("java.io.File").create());
    runtimeService.setVariable(campaign.getId(), "list", List.of("a", "b"));

    try {
      assertThatThrownBy(() -> runtimeService.getVariable(campaign.getId(), "gadget"))
          .hasStackTraceContaining("not whitelisted").hasStackTraceContaining("java.io.File");
      assertThat(runtimeService.getVariable(campaign.getId(), "list")).isEqualTo(List.of("a", "b"));
    } finally {
      // Its first job would read the gadget too: the campaign goes, so no other test runs into it.
      runtimeService.deleteProcessInstance(campaign.getId(), "test");
    }
  }

  @Test
  void theAppsOwnPagesCarryAStrictContentSecurityPolicyAndCamundasKeepTheirs() throws Exception {
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(login.headers().allValues("Content-Security-Policy")).singleElement().asString()
        .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
    WebClientSession ceremony = new WebClientSession(port);
    ceremony.login("ceremony1", password);
    assertThat(ceremony.get("/board/index.html").headers().allValues("Content-Security-Policy")).singleElement()
        .asString().contains("default-src 'self'");
    assertThat(ceremony.get("/camunda/app/tasklist/default/").headers().allValues("Content-Security-Policy"))
        .singleElement().asString().doesNotContain("object-src 'none'; base-uri 'self'; form-action 'self'");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
