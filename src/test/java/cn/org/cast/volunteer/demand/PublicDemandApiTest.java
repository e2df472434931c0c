package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.security.WebClientSession;

/**
 * The public form over HTTP without an account: a demand on record and in triage, each field's problem in
 * Chinese, the honeypot, the size and rate limits; and no way to start anything else.
 */
@AppTest
class PublicDemandApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Each test speaks from its own address (documentation range), so their attempts are counted apart. */
  private static final AtomicInteger ADDRESSES = new AtomicInteger(10);

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DemandService service;
  @Autowired
  JdbcClient jdbc;

  private final HttpClient http = HttpClient.newHttpClient();
  private String address;

  @BeforeEach
  void ownAddress() {
    address = "203.0.113." + ADDRESSES.incrementAndGet();
  }

  @Test
  void aDemandIsRecordedAndStartedForTheRegionsAssociationByDefault() throws Exception {
    long instancesBefore = instances();

    HttpResponse<String> response = post(DemandDriver.demand("密云水库上游农田面源污染治理", "北京"));

    assertThat(response.statusCode()).isEqualTo(201);
    JsonNode receipt = JSON.readTree(response.body());
    String code = receipt.path("code").asText();
    assertThat(receipt.path("message").asText()).contains("编号为 " + code, "由北京市科学技术协会受理");
    Demand demand = service.find(Demand.idOf(code));
    assertThat(demand.status()).isEqualTo(DemandStatus.SUBMITTED);
    assertThat(demand.channel()).isEqualTo(DemandChannel.PUBLIC);
    assertThat(demand.ownerCode()).isEqualTo("P110000");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
        .processInstanceBusinessKey(code).count()).isEqualTo(1);
    assertThat(instances()).as("nothing else started").isEqualTo(instancesBefore + 1);
  }

  @Test
  void theSubmitterMayChooseANationalSocietyButNotAnotherProvince() throws Exception {
    Map<String, Object> toSociety = DemandDriver.demand("农药残留快速检测试剂国产化", "河北");
    toSociety.put(OWNER_CODE, "N006");
    Map<String, Object> toShanghai = DemandDriver.demand("农药残留快速检测设备研制", "河北");
    toShanghai.put(OWNER_CODE, "P310000");

    HttpResponse<String> accepted = post(toSociety);
    HttpResponse<String> refused = post(toShanghai);

    assertThat(service.find(Demand.idOf(JSON.readTree(accepted.body()).path("code").asText())).ownerCode())
        .isEqualTo("N006");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(violation(refused, OWNER_CODE)).isEqualTo("受理单位应为所在地区的省级科协或一个全国学会，请从选项中选择");
  }

  @Test
  void eachFieldsProblemIsSaidInChineseAndNothingIsKept() throws Exception {
    long before = demands();
    Map<String, Object> form = DemandDriver.demand("芯片", "火星");
    form.put(DESCRIPTION, "太短");
    form.put(CONTACT_MOBILE, "1381234");
    form.put(SUBMITTER_KIND, "SCHOOL");
    form.put(KEY_CORE, "是");
    form.remove(CONTACT_NAME);

    HttpResponse<String> response = post(form);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("message").asText()).startsWith("提交未成功，请修改后重新提交：");
    assertThat(violation(response, TITLE)).isEqualTo("“需求名称”应为4至100个字（当前2个字）");
    assertThat(violation(response, DESCRIPTION)).isEqualTo("“需求描述”应为20至2000个字（当前2个字）");
    assertThat(violation(response, CONTACT_MOBILE)).isEqualTo("“联系人手机”格式不正确：请输入 11 位手机号码，例如 13812345678");
    assertThat(violation(response, CONTACT_NAME)).isEqualTo("请填写“联系人”");
    assertThat(violation(response, REGION)).isEqualTo("“所在地区”的取值无效，请从选项中选择");
    assertThat(violation(response, SUBMITTER_KIND)).isEqualTo("“提出方类型”的取值无效，请从选项中选择");
    assertThat(violation(response, KEY_CORE)).isEqualTo("“涉及关键核心技术”的取值无效，请勾选或取消勾选");
    assertThat(demands()).isEqualTo(before);
  }

  @Test
  void aFilledHoneypotAnUnknownFieldAnOversizedOrBrokenBodyAreRefusedAndNothingStarts() throws Exception {
    long demandsBefore = demands();
    long instancesBefore = instances();
    Map<String, Object> robot = DemandDriver.demand("工业互联网平台安全防护", "江苏");
    robot.put(HONEYPOT, "http://spam.example.com");
    Map<String, Object> other = DemandDriver.demand("工业互联网平台安全防护", "江苏");
    other.put("processDefinitionKey", "campaign");
    Map<String, Object> huge = DemandDriver.demand("工业互联网平台安全防护", "江苏");
    huge.put(DESCRIPTION, "很".repeat(6000));

    HttpResponse<String> honeypot = post(robot);
    HttpResponse<String> unknown = post(other);

    assertThat(honeypot.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(honeypot.body()).path("message").asText()).contains("请刷新页面后重新填写");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(violation(unknown, "processDefinitionKey")).contains("表单中没有的字段：processDefinitionKey");
    address = "203.0.113." + ADDRESSES.incrementAndGet();
    assertThat(post(huge).statusCode()).isEqualTo(413);
    HttpResponse<String> broken = send("POST", "/api/public/demands", "[1, 2", null);
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(broken.body()).path("message").asText()).contains("应为有效的 JSON 对象");
    assertThat(demands()).isEqualTo(demandsBefore);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void afterItsShareOneAddressIsToldToWaitWhileAnotherIsStillServed() throws Exception {
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThat(post(Map.of()).statusCode()).as("attempt " + (attempt + 1)).isEqualTo(400);
    }

    HttpResponse<String> sixth = post(Map.of());
    String limited = address;
    address = "203.0.113." + ADDRESSES.incrementAndGet();
    HttpResponse<String> elsewhere = post(Map.of());

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(JSON.readTree(sixth.body()).path("message").asText())
        .isEqualTo("提交过于频繁：同一网络每小时最多提交5次，请稍后再试。");
    assertThat(elsewhere.statusCode()).as("another address than " + limited).isEqualTo(400);
  }

  @Test
  void thePublicCallerStartsNoProcessThroughTheEngine() throws Exception {
    long before = instances();

    assertThat(send("POST", "/engine-rest/process-definition/key/" + KEY + "/start", "{}", null).statusCode())
        .isEqualTo(401);
    assertThat(send("POST", "/engine-rest/process-definition/key/campaign/start", "{}", null).statusCode())
        .isEqualTo(401);
    assertThat(send("POST", "/engine-rest/message", "{\"messageName\":\"" + PUBLIC_MESSAGE + "\"}", null).statusCode())
        .isEqualTo(401);
    HttpResponse<String> signedIn = send("POST", "/engine-rest/message",
        "{\"messageName\":\"" + PUBLIC_MESSAGE + "\",\"processVariables\":{\"demandId\":{\"value\":1,\"type\":\"Long\"}}}",
        WebClientSession.basicAuthorization("bjast", password));

    assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(404);
    assertThat(instances()).isEqualTo(before);
  }

  @Test
  void thePageAndItsChoicesNeedNoAccount() throws Exception {
    HttpResponse<String> page = send("GET", "/public/demand.html", null, null);
    JsonNode options = JSON.readTree(send("GET", "/api/public/demand-options", null, null).body());

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("提交创新需求");
    assertThat(options.path("regions")).hasSize(OrganizationRegistry.provincialRegions().size());
    assertThat(options.path("regionalAssociations").path("北京").path("value").asText()).isEqualTo("P110000");
    assertThat(options.path("societies").findValuesAsText("value")).contains("N006").doesNotContain("P110000");
    assertThat(options.path("techFields").findValuesAsText("label")).contains("电子信息", "新能源与节能", "其他");
  }

  private HttpResponse<String> post(Map<String, Object> form) throws Exception {
    return send("POST", "/api/public/demands", JSON.writeValueAsString(new HashMap<>(form)), null);
  }

  private HttpResponse<String> send(String method, String path, String body, String authorization) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json").header("X-Forwarded-For", address)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String violation(HttpResponse<String> response, String field) throws Exception {
    for (JsonNode violation : JSON.readTree(response.body()).path("violations")) {
      if (violation.path("field").asText().equals(field)) {
        return violation.path("message").asText();
      }
    }
    throw new AssertionError("no violation of " + field + " in " + response.body());
  }

  private long demands() {
    return jdbc.sql("SELECT COUNT(*) FROM innovation_demand").query(Long.class).single();
  }

  private long instances() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().count();
  }
}
