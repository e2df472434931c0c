package cn.org.cast.volunteer.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.security.WebClientSession;

/**
 * Who sees and registers which centres, and who reads the coverage: CAST's organisers everything, a provincial
 * association its own province, a national society reads every centre but registers none.
 */
@AppTest
class CentreApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String demoPassword;

  @Test
  void aProvincialAssociationSeesOnlyTheCentresAndPilotCountiesOfItsProvince() throws Exception {
    WebClientSession beijing = session("bjast");

    JsonNode centres = json(beijing.get("/api/centres"));
    JsonNode coverage = json(beijing.get("/api/platform/coverage"));

    assertThat(centres).isNotEmpty().allSatisfy(centre -> assertThat(centre.path("province").asText()).isEqualTo("北京"));
    assertThat(centres.findValuesAsText("name")).contains("海淀区新时代文明实践中心").doesNotContain("洪山区新时代文明实践中心");
    assertThat(coverage.path("rows").findValuesAsText("province")).containsOnly("北京");
    assertThat(coverage.path("counties").asInt()).isEqualTo(2);
    assertThat(json(beijing.get("/api/pilot-counties")).findValuesAsText("name")).containsExactly("北京市海淀区", "北京市怀柔区");
  }

  @Test
  void organisersSeeEveryProvinceAndTheFiftyPilotCounties() throws Exception {
    WebClientSession organizer = session("organizer");

    assertThat(json(organizer.get("/api/centres")).findValuesAsText("province")).contains("北京", "湖北", "四川");
    JsonNode coverage = json(organizer.get("/api/platform/coverage"));
    assertThat(coverage.path("counties").asInt()).isEqualTo(50);
    assertThat(coverage.path("rows")).filteredOn(row -> row.path("code").asText().equals("511826")).singleElement()
        .satisfies(lushan -> assertThat(lushan.path("covered").asBoolean()).as("the demo's pairing").isTrue());
    HttpResponse<byte[]> workbook = organizer.download("/api/platform/coverage.xlsx");
    assertThat(workbook.statusCode()).isEqualTo(200);
    assertThat(workbook.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
  }

  @Test
  void aProvincialAssociationRegistersInItsProvinceOnly() throws Exception {
    WebClientSession beijing = session("bjast");

    HttpResponse<byte[]> elsewhere = beijing.postForBytes("/api/centres", centre("湖北", "420106", "武汉市武昌区", "街道党群服务中心"));
    HttpResponse<byte[]> wrongCounty = beijing.postForBytes("/api/centres", centre("北京", "420106", "武汉市武昌区", "街道党群服务中心"));
    HttpResponse<byte[]> wrongName = beijing.postForBytes("/api/centres", centre("北京", "110108", "海淀区", "街道党群服务中心"));
    HttpResponse<byte[]> incomplete = beijing.postForBytes("/api/centres", "{\"name\":\"中心\",\"kind\":\"MUSEUM\"}");
    HttpResponse<byte[]> registered = beijing.postForBytes("/api/centres",
        centre("北京", "110116", "北京市怀柔区", "怀柔区第" + System.nanoTime() + "新时代文明实践站"));

    assertThat(elsewhere.statusCode()).isEqualTo(403);
    assertThat(message(elsewhere)).isEqualTo("省级科协只能登记本省（区、市）的基层服务阵地。");
    assertThat(wrongCounty.statusCode()).isEqualTo(400);
    assertThat(message(wrongCounty)).contains("县（市、区）代码 420106 不属于北京（应以 11 开头）");
    assertThat(message(wrongName)).contains("代码 110108 是试点县“北京市海淀区”，请填写一致的名称");
    assertThat(message(incomplete)).contains("“阵地名称”应为4至100个字", "“阵地类型”的取值无效", "请填写“所在省份”",
        "请填写“联系人手机”");
    assertThat(registered.statusCode()).isEqualTo(201);
    JsonNode centre = JSON.readTree(registered.body());
    assertThat(centre.path("code").asText()).matches("C\\d+");
    assertThat(centre.path("pilotCounty").asBoolean()).isTrue();
    assertThat(json(beijing.get("/api/centres?countyCode=110116&paired=false")).findValuesAsText("code"))
        .contains(centre.path("code").asText());
  }

  @Test
  void aNationalSocietyReadsEveryCentreButRegistersNoneAndReadsNoCoverage() throws Exception {
    WebClientSession society = session("chemsoc");

    assertThat(json(society.get("/api/centres")).findValuesAsText("province")).contains("北京", "湖北");
    HttpResponse<byte[]> register = society.postForBytes("/api/centres", centre("北京", "110108", "北京市海淀区", "某街道党群服务中心"));
    assertThat(register.statusCode()).isEqualTo(403);
    assertThat(message(register)).isEqualTo("只有中国科协组织人事部和省级科协可以登记基层服务阵地。");
    assertThat(society.get("/api/platform/coverage").statusCode()).isEqualTo(403);
    assertThat(session("reviewer1").get("/api/centres").statusCode()).isEqualTo(403);
  }

  private static String centre(String province, String countyCode, String countyName, String name) {
    return """
        {"name": "%s", "kind": "CIVILIZATION_PRACTICE_STATION", "province": "%s", "countyCode": "%s", "countyName": "%s",
         "address": "县城中心路1号", "contactName": "阵地联系人", "contactMobile": "13800138000"}"""
        .formatted(name, province, countyCode, countyName);
  }

  private WebClientSession session(String user) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, demoPassword).statusCode()).isEqualTo(302);
    return session;
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String message(HttpResponse<byte[]> response) throws Exception {
    return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8)).path("message").asText();
  }
}
