package cn.org.cast.volunteer.dashboard;

import static cn.org.cast.volunteer.CampaignFixtures.BEIJING_ASSOCIATION;
import static cn.org.cast.volunteer.CampaignFixtures.CHEMICAL_SOCIETY;
import static cn.org.cast.volunteer.CampaignFixtures.MECHANICAL_SOCIETY;
import static cn.org.cast.volunteer.CampaignFixtures.newCampaignId;
import static cn.org.cast.volunteer.CampaignFixtures.planSubmission;
import static cn.org.cast.volunteer.CampaignFixtures.startForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;

/**
 * The organiser's dashboard and exports over a small campaign in which every recipient stands somewhere else:
 * one plan approved, one submitted and claimed by a reviewer, one a draft with its files uploaded, one not
 * started; read on Monday 6 May 2019, four working days before the deadline (the May Day holiday and its
 * adjusted working day counted).
 */
@AppTest
class DashboardTest {

  private static final String SHANGHAI_ASSOCIATION = "P310000";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  VenueService venues;

  private String campaignId;
  private WebClientSession organizer;

  @BeforeEach
  void aCampaignWithARecipientInEveryStage() {
    EngineDriver driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId,
        List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY, BEIJING_ASSOCIATION, SHANGHAI_ASSOCIATION)));
    driver.executeJobs();
    ProcessInstance chemistry = driver.plan(campaignId, CHEMICAL_SOCIETY);
    driver.submit("chemsoc", chemistry, planSubmission("化学科普进社区"));
    driver.submit("reviewer1", chemistry, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE", PlanProcess.REVIEW_COMMENT, "方案完整，同意。"));
    ProcessInstance beijing = driver.plan(campaignId, BEIJING_ASSOCIATION);
    driver.submit("bjast", beijing, planSubmission("首都科技志愿服务进社区"));
    engine.getTaskService().claim(driver.task(beijing).getId(), "reviewer2");
    driver.attachDocuments("cmes", driver.task(driver.plan(campaignId, MECHANICAL_SOCIETY)).getId());
    CampaignClock.set(OffsetDateTime.parse("2019-05-06T10:00:00+08:00"));
    organizer = client("organizer");
  }

  @Test
  void theFiguresCountEveryRecipientWhereItStands() throws Exception {
    JsonNode dashboard = get(organizer, "/api/campaigns/" + campaignId + "/dashboard");

    assertThat(dashboard.at("/campaign/recipients").asInt()).isEqualTo(4);
    assertThat(dashboard.at("/campaign/workingDaysToDeadline").asInt()).isEqualTo(4);
    assertThat(figures(dashboard.path("states"))).containsEntry("NOT_STARTED", 1L).containsEntry("DRAFT", 1L)
        .containsEntry("SUBMITTED", 1L).containsEntry("APPROVED", 1L).containsEntry("RETURNED", 0L);
    JsonNode societies = breakdown(dashboard.path("byType"), "NATIONAL_SOCIETY");
    assertThat(societies.path("label").asText()).isEqualTo("全国学会");
    assertThat(societies.path("total").asLong()).isEqualTo(2);
    assertThat(societies.at("/states/APPROVED").asLong()).isEqualTo(1);
    assertThat(societies.at("/states/DRAFT").asLong()).isEqualTo(1);
    assertThat(breakdown(dashboard.path("byRegion"), "北京").at("/states/SUBMITTED").asLong()).isEqualTo(1);
    assertThat(breakdown(dashboard.path("byRegion"), "上海").at("/states/NOT_STARTED").asLong()).isEqualTo(1);
  }

  @Test
  void deadlinesShowWhoMustStillSubmitWithinTheNextWorkingDays() throws Exception {
    JsonNode deadlines = get(organizer, "/api/campaigns/" + campaignId + "/dashboard").path("deadlines");

    assertThat(deadlines.path("dueSoon")).extracting(due -> due.path("orgCode").asText())
        .containsExactly(MECHANICAL_SOCIETY, SHANGHAI_ASSOCIATION);
    assertThat(deadlines.path("dueSoon")).allSatisfy(due -> {
      assertThat(due.path("workingDaysLeft").asInt()).isEqualTo(4);
      assertThat(OffsetDateTime.parse(due.path("dueAt").asText()).toLocalDate()).hasToString("2019-05-10");
    });
    assertThat(deadlines.path("overdue")).isEmpty();
    JsonNode notices = deadlines.path("mails").get(0);
    assertThat(notices.path("label").asText()).isEqualTo("活动通知");
    assertThat(notices.path("sent").asLong() + notices.path("failed").asLong() + notices.path("pending").asLong())
        .isEqualTo(4);
  }

  @Test
  void afterTheDeadlineTheOverdueListNamesWhoMissedIt() throws Exception {
    CampaignClock.set(OffsetDateTime.parse("2019-05-13T10:00:00+08:00"));
    new EngineDriver(engine, documents).executeJobs();

    JsonNode dashboard = get(organizer, "/api/campaigns/" + campaignId + "/dashboard");

    assertThat(figures(dashboard.path("states"))).containsEntry("OVERDUE", 2L).containsEntry("NOT_STARTED", 0L);
    assertThat(dashboard.at("/deadlines/overdue")).extracting(due -> due.path("orgCode").asText())
        .containsExactly(MECHANICAL_SOCIETY, SHANGHAI_ASSOCIATION);
    assertThat(dashboard.at("/deadlines/overdue")).allSatisfy(due -> {
      assertThat(due.path("state").asText()).isEqualTo("逾期未提交（待处理）");
      assertThat(due.path("workingDaysLeft").asInt()).as("Friday's deadline, read on Monday").isEqualTo(-1);
    });
    assertThat(dashboard.at("/deadlines/dueSoon")).isEmpty();
  }

  @Test
  void reviewsShowEachReviewerAndThePlanWaitingLongest() throws Exception {
    JsonNode reviews = get(organizer, "/api/campaigns/" + campaignId + "/dashboard").path("reviews");

    JsonNode first = reviewer(reviews, "reviewer1");
    assertThat(first.path("name").asText()).isEqualTo("李审核");
    assertThat(first.path("approved").asLong()).isEqualTo(1);
    assertThat(first.path("open").asLong()).isZero();
    assertThat(reviewer(reviews, "reviewer2").path("open").asLong()).isEqualTo(1);
    JsonNode waiting = reviews.path("waitingLongest").get(0);
    assertThat(waiting.path("orgCode").asText()).isEqualTo(BEIJING_ASSOCIATION);
    assertThat(waiting.path("assignee").asText()).isEqualTo("赵审核");
    assertThat(waiting.path("workingDaysWaiting").asInt()).isEqualTo(2);
    assertThat(reviews.path("unclaimed").asLong()).isZero();
  }

  @Test
  void theListBehindANumberNamesTheRecipientsWithTheirContacts() throws Exception {
    JsonNode drafts = get(organizer, "/api/campaigns/" + campaignId + "/dashboard/recipients?state=DRAFT");
    JsonNode provincesNotStarted = get(organizer,
        "/api/campaigns/" + campaignId + "/dashboard/recipients?type=PROVINCIAL_ASSOCIATION&state=NOT_STARTED");

    assertThat(drafts).extracting(line -> line.path("orgName").asText()).containsExactly("中国机械工程学会");
    assertThat(provincesNotStarted).extracting(line -> line.path("orgCode").asText()).containsExactly(SHANGHAI_ASSOCIATION);
  }

  @Test
  void onlyOrganisersAndTheCommitteeSeeTheDashboardAndItsExports() throws Exception {
    HttpResponse<String> reviewer = client("reviewer1").get("/api/campaigns/" + campaignId + "/dashboard");
    HttpResponse<byte[]> submitter = client("chemsoc").download("/api/campaigns/" + campaignId + "/roster.xlsx");

    assertThat(reviewer.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(reviewer.body()).path("message").asText()).isEqualTo("组织者看板仅对组织者和遴选委员会开放。");
    assertThat(submitter.statusCode()).isEqualTo(403);
    assertThat(client("committee1").get("/api/campaigns/" + campaignId + "/dashboard").statusCode()).isEqualTo(200);
    assertThat(organizer.get("/api/campaigns/NO-SUCH/dashboard").statusCode()).isEqualTo(404);
  }

  @Test
  void theRosterHasAFrozenChineseHeaderAndTypedCells() throws Exception {
    try (XSSFWorkbook workbook = workbook("roster.xlsx")) {
      Sheet roster = workbook.getSheet("报送名单");
      assertThat(roster.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(cells(roster.getRow(0))).startsWith("机构代码", "机构名称", "类型", "地区", "状态", "状态更新时间", "版本");
      assertThat(roster.getLastRowNum()).isEqualTo(4);
      Row chemistry = rowOf(roster, CHEMICAL_SOCIETY);
      assertThat(cells(chemistry)).containsSequence("中国化学会", "全国学会", "全国", "已通过");
      assertThat(chemistry.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(chemistry.getCell(6).getNumericCellValue()).isEqualTo(1.0);
      assertThat(DateUtil.isCellDateFormatted(chemistry.getCell(7))).isTrue();
      JsonNode approved = get(organizer, "/api/campaigns/" + campaignId + "/dashboard/recipients?state=APPROVED").get(0);
      assertThat(chemistry.getCell(7).getLocalDateTimeCellValue().truncatedTo(ChronoUnit.SECONDS)).as("Beijing time")
          .isEqualTo(OffsetDateTime.parse(approved.path("submittedAt").asText()).atZoneSameInstant(VolunteerApplication.BEIJING)
              .toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
      assertThat(cells(chemistry)).contains("张三", "010-62568157", "13812345678", "contact@chemsoc.example.org");
      assertThat(cells(rowOf(roster, MECHANICAL_SOCIETY))).contains("填写中（已上传附件）");
    }
  }

  @Test
  void thePlansCarryEveryAttachmentOneFieldAndTheirLists() throws Exception {
    try (XSSFWorkbook workbook = workbook("plans.xlsx")) {
      Sheet plans = workbook.getSheet("筹备工作方案");
      assertThat(plans.getLastRowNum()).as("the two submitted plans").isEqualTo(2);
      Row chemistry = rowOf(plans, CHEMICAL_SOCIETY);
      assertThat(cells(chemistry)).containsSequence("化学科普进社区", "中国化学会科普工作委员会", "党群服务中心",
          "北京市海淀区中关村街道党群服务中心", "是", "张三", "010-62568157", "13812345678", "010-62568158",
          "contact@chemsoc.example.org");
      assertThat(chemistry.getCell(15).getStringCellValue()).hasSizeGreaterThan(300);
      Row team = rowOf(workbook.getSheet("志愿服务队"), CHEMICAL_SOCIETY);
      assertThat(cells(team)).contains("中国化学会科技志愿服务总队");
      Row venue = rowOf(workbook.getSheet("分会场"), CHEMICAL_SOCIETY);
      assertThat(cells(venue)).containsSequence("中关村科学城分会场", "产业园区", "中国化学会北京分会", "北京市海淀区中关村大街1号");
    }
  }

  @Test
  void theReviewsListEveryDecisionWithItsComment() throws Exception {
    try (XSSFWorkbook workbook = workbook("reviews.xlsx")) {
      Sheet decisions = workbook.getSheet("审核记录");
      assertThat(cells(decisions.getRow(0))).containsExactly("机构代码", "报送单位", "版本", "结果", "意见", "办理人", "办理时间");
      assertThat(cells(rowOf(decisions, CHEMICAL_SOCIETY))).containsSequence("已通过", "方案完整，同意。", "reviewer1");
      assertThat(workbook.getSheet("评分明细")).isNotNull();
      assertThat(workbook.getSheet("评分结果")).isNotNull();
    }
  }

  @Test
  void theVenueScheduleListsEachSubVenueWithItsContactAndState() throws Exception {
    venues.addSelected(campaignId, "V01", "2019/N006/1", "中关村科学城分会场", CHEMICAL_SOCIETY, "北京", "INDUSTRIAL_PARK",
        "北京市海淀区中关村大街1号", "中国化学会北京分会");
    venues.register(campaignId, "V01", new SubVenue.Registration("北京市海淀区中关村大街1号", "INDUSTRIAL_PARK",
        "中国化学会", "中国化学会北京分会", "王现场", "13900001111", "VIDEO_CONFERENCE", "sip:v01@meeting.example.org"));

    try (XSSFWorkbook workbook = workbook("venue-schedule.xlsx")) {
      Sheet schedule = workbook.getSheet("分会场安排");
      assertThat(cells(schedule.getRow(0))).startsWith("分会场编号", "分会场名称", "承办单位", "地区", "类型");
      assertThat(cells(rowOf(schedule, "V01"))).containsSequence("中关村科学城分会场", "中国化学会", "北京", "产业园区",
          "北京市海淀区中关村大街1号", "王现场", "13900001111", "视频会议终端", "sip:v01@meeting.example.org");
      assertThat(cells(rowOf(schedule, "V01"))).contains("直播连线", "登记中");
    }
    JsonNode venueStates = get(organizer, "/api/campaigns/" + campaignId + "/dashboard").at("/ceremony/venues");
    assertThat(figures(venueStates)).containsEntry("REGISTERING", 1L).containsEntry("ON_AIR", 0L);
  }

  private WebClientSession client(String user) {
    WebClientSession session = new WebClientSession(port);
    assertThat(session.login(user, password).statusCode()).isEqualTo(302);
    return session;
  }

  private static JsonNode get(WebClientSession client, String path) throws Exception {
    HttpResponse<String> response = client.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private XSSFWorkbook workbook(String file) throws Exception {
    HttpResponse<byte[]> response = organizer.download("/api/campaigns/" + campaignId + "/" + file);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
    return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
  }

  private static Map<String, Long> figures(JsonNode figures) {
    Map<String, Long> counts = new java.util.HashMap<>();
    figures.forEach(figure -> counts.put(figure.path("key").asText(), figure.path("count").asLong()));
    return counts;
  }

  private static JsonNode breakdown(JsonNode breakdowns, String key) {
    for (JsonNode breakdown : breakdowns) {
      if (breakdown.path("key").asText().equals(key)) {
        return breakdown;
      }
    }
    throw new AssertionError("no breakdown " + key + " in " + breakdowns);
  }

  private static JsonNode reviewer(JsonNode reviews, String id) {
    for (JsonNode reviewer : reviews.path("reviewers")) {
      if (reviewer.path("reviewer").asText().equals(id)) {
        return reviewer;
      }
    }
    throw new AssertionError("no reviewer " + id + " in " + reviews);
  }

  private static Row rowOf(Sheet sheet, String orgCode) {
    for (Row row : sheet) {
      if (row.getRowNum() > 0 && orgCode.equals(row.getCell(0).getStringCellValue())) {
        return row;
      }
    }
    throw new AssertionError("no row for " + orgCode + " in " + sheet.getSheetName());
  }

  private static List<String> cells(Row row) {
    List<String> cells = new java.util.ArrayList<>();
    row.forEach(cell -> cells.add(cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString()));
    return cells;
  }
}
