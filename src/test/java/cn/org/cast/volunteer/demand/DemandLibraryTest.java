package cn.org.cast.volunteer.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The library for everyone signed in: search, filters, paging newest first, a demand with its merged
 * duplicates, the Excel export; the contact only for the owner and CAST's organisers.
 */
@AppTest
class DemandLibraryTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  DemandRepository demands;

  /** A word only this test's demands carry, so that what others put in the library does not count. */
  private String marker;
  private List<Long> ids;

  @BeforeEach
  void aLibraryOfTheTestsOwn() {
    marker = "标记" + Long.toString(System.nanoTime(), 36);
    ids = new ArrayList<>();
    for (int i = 0; i < 23; i++) {
      boolean beijing = i % 2 == 0;
      ids.add(record(marker + "第" + i + "号需求", beijing ? "北京" : "河北", beijing ? "P110000" : "N006",
          i % 3 == 0 ? TechField.NEW_MATERIALS : TechField.MODERN_AGRICULTURE,
          i % 4 == 0 ? ServiceField.TALENT_TRAINING : ServiceField.TECHNOLOGY_BREAKTHROUGH, i < 5, DemandStatus.ACCEPTED));
    }
  }

  @Test
  void theLibraryIsPagedNewestFirstAndShowsOnlyWhatIsInIt() throws Exception {
    long waiting = record(marker + "待分拣", "北京", "P110000", TechField.OTHER, ServiceField.THINK_TANK, false, null);
    long declined = record(marker + "不予受理", "北京", "P110000", TechField.OTHER, ServiceField.THINK_TANK, false,
        DemandStatus.DECLINED);
    WebClientSession reader = session("reviewer1");

    JsonNode first = JSON.readTree(reader.get("/api/demands?q=" + encode(marker)).body());
    JsonNode second = JSON.readTree(reader.get("/api/demands?q=" + encode(marker) + "&page=2").body());

    assertThat(first.path("total").asLong()).isEqualTo(23);
    assertThat(first.path("items")).hasSize(20);
    assertThat(first.path("items").get(0).path("code").asText()).isEqualTo(Demand.code(ids.get(22)));
    assertThat(second.path("items").findValuesAsText("code"))
        .containsExactly(Demand.code(ids.get(2)), Demand.code(ids.get(1)), Demand.code(ids.get(0)));
    assertThat(codes(reader, "status=SUBMITTED")).containsExactly(Demand.code(waiting));
    assertThat(codes(reader, "status=declined")).containsExactly(Demand.code(declined));
  }

  @Test
  void eachFilterNarrowsTheList() throws Exception {
    WebClientSession reader = session("chemsoc");

    assertThat(codes(reader, "region=" + encode("河北"))).hasSize(11);
    assertThat(codes(reader, "techField=NEW_MATERIALS")).hasSize(8);
    assertThat(codes(reader, "serviceKind=TALENT_TRAINING")).hasSize(6);
    assertThat(codes(reader, "keyCore=true")).hasSize(5);
    assertThat(codes(reader, "owner=P110000&keyCore=true&techField=NEW_MATERIALS"))
        .containsExactly(Demand.code(ids.get(0)));
    assertThat(JSON.readTree(reader.get("/api/demands?q=" + encode(marker + "第7号")).body()).path("items")
        .findValuesAsText("code")).containsExactly(Demand.code(ids.get(7)));
    HttpResponse<String> bad = reader.get("/api/demands?techField=ROCKETS");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(bad.body()).path("message").asText()).isEqualTo("“技术领域”的取值无效：ROCKETS。");
  }

  @Test
  void theContactIsShownToTheOwnerAndTheOrganisersAndMaskedForOthers() throws Exception {
    String beijing = Demand.code(ids.get(0));

    JsonNode owner = detail(session("bjast"), beijing);
    JsonNode organiser = detail(session("organizer"), beijing);
    JsonNode other = detail(session("chemsoc"), beijing);

    assertThat(owner.path("contactMobile").asText()).isEqualTo("13812345678");
    assertThat(organiser.path("contactName").asText()).isEqualTo("王建国");
    assertThat(other.path("contactMobile").asText()).isEqualTo("138****5678");
    assertThat(other.path("contactName").asText()).isEqualTo("王**");
    assertThat(other.path("contactShown").asBoolean()).isFalse();
    String listed = session("chemsoc").get("/api/demands?q=" + encode(marker) + "&owner=P110000").body();
    assertThat(listed).doesNotContain("13812345678").contains("138****5678");
  }

  @Test
  void aDemandListsTheDuplicatesMergedIntoIt() throws Exception {
    long duplicate = record(marker + "重复", "北京", "P110000", TechField.OTHER, ServiceField.THINK_TANK, false, null);
    demands.triage(duplicate, DemandStatus.MERGED, ids.get(0), null, "bjast");
    WebClientSession reader = session("cmes");

    JsonNode detail = JSON.readTree(reader.get("/api/demands/" + Demand.code(ids.get(0))).body());
    HttpResponse<String> missing = reader.get("/api/demands/D999999999");

    assertThat(detail.path("mergedDuplicates").findValuesAsText("code")).containsExactly(Demand.code(duplicate));
    assertThat(detail.path("demand").path("statusLabel").asText()).isEqualTo("已入库");
    assertThat(JSON.readTree(reader.get("/api/demands/" + Demand.code(duplicate)).body()).path("demand")
        .path("mergedInto").asText()).isEqualTo(Demand.code(ids.get(0)));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(missing.body()).path("message").asText()).isEqualTo("没有编号为 D999999999 的需求。");
  }

  @Test
  void theExportHasTheFilteredRowsWithTheContactAsTheReaderMaySeeIt() throws Exception {
    HttpResponse<byte[]> export = session("chemsoc").download("/api/demands.xlsx?q=" + encode(marker) + "&region="
        + encode("北京"));

    assertThat(export.statusCode()).isEqualTo(200);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
      Sheet sheet = workbook.getSheet("创新难题需求库");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("编号");
      assertThat(sheet.getLastRowNum()).isEqualTo(12);
      List<String> codes = new ArrayList<>();
      for (Row row : sheet) {
        if (row.getRowNum() > 0) {
          codes.add(row.getCell(0).getStringCellValue());
          assertThat(row.getCell(7).getStringCellValue()).isEqualTo("北京");
          assertThat(row.getCell(6).getStringCellValue()).isEqualTo("138****5678");
        }
      }
      assertThat(codes.get(0)).isEqualTo(Demand.code(ids.get(22)));
      assertThat(codes).doesNotContain(Demand.code(ids.get(1)));
    }
  }

  @Test
  void theLibraryIsForThoseSignedIn() throws Exception {
    HttpResponse<String> anonymous = new WebClientSession(port).get("/api/demands");
    HttpResponse<String> page = new WebClientSession(port).getPage("/demands/index.html");

    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(session("reviewer1").getPage("/demands/index.html").body()).contains("创新难题需求库");
  }

  private long record(String title, String region, String owner, TechField techField, ServiceField serviceKind,
      boolean keyCore, DemandStatus triaged) {
    long id = demands.insert(DemandSubmission.of(FormValues.of(DemandForms.demand(title, SubmitterKind.ENTERPRISE,
        "测试企业", region, techField, serviceKind, keyCore))), owner, DemandChannel.STAFF, "bjast");
    if (triaged != null) {
      demands.triage(id, triaged, null, triaged == DemandStatus.DECLINED ? "不在服务范围内" : null, "bjast");
    }
    return id;
  }

  private List<String> codes(WebClientSession reader, String filters) throws Exception {
    HttpResponse<String> response = reader.get("/api/demands?q=" + encode(marker) + "&" + filters);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("items").findValuesAsText("code");
  }

  private JsonNode detail(WebClientSession reader, String code) throws Exception {
    return JSON.readTree(reader.get("/api/demands/" + code).body()).path("demand");
  }

  private WebClientSession session(String user) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, password).statusCode()).isEqualTo(302);
    return session;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
