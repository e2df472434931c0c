package cn.org.cast.volunteer.publication;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.selection.SelectionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.GeneratedOrganisations;
import cn.org.cast.volunteer.ceremony.ProgrammeKind;
import cn.org.cast.volunteer.ceremony.RunningOrder;
import cn.org.cast.volunteer.ceremony.RunningOrderPdf;
import cn.org.cast.volunteer.ceremony.RunningOrderWord;
import cn.org.cast.volunteer.ceremony.RunningOrderWorkbook;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.ceremony.SymposiumService;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.selection.Pool;
import cn.org.cast.volunteer.venue.LinkupProcess;

/**
 * A whole campaign of 250 organisations (the registry's and generated ones) taken through the real
 * processes: every plan submitted with its documents, reviewed, scored by three reviewers, discussed
 * where they disagree, proposed, decided by the committee and published; then the symposium's running order
 * for the 200 flags and the venues. Writes the published lists and the running order to
 * {@code target/demo-campaign/}. Run with {@code ./mvnw verify -Pdemo-campaign}.
 */
@Tag("demo-campaign")
@AppTest
class GeneratedCampaignDemoTest {

  static final int ORGANISATIONS = 250;
  static final Path OUTPUT = Path.of("target", "demo-campaign");
  static final List<String> PROVINCES = List.of("河北", "山西", "辽宁", "江苏", "浙江", "安徽", "福建", "江西", "山东",
      "河南", "湖北", "湖南", "广东", "四川", "贵州", "云南", "陕西", "甘肃");
  static final List<Platform> VENUE_KINDS = List.of(Platform.ENTERPRISE, Platform.INDUSTRIAL_PARK, Platform.COMMUNITY,
      Platform.VILLAGE, Platform.SCHOOL_OR_INSTITUTE);

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  Organizations organizations;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  PublicationService publication;
  @Autowired
  PublishedWorkbook workbook;
  @Autowired
  PublishedPdf pdf;
  @Autowired
  NotificationOutbox outbox;
  @Autowired
  SymposiumService symposium;
  @Autowired
  RunningOrderWord runningOrderWord;
  @Autowired
  RunningOrderPdf runningOrderPdf;
  @Autowired
  RunningOrderWorkbook runningOrderWorkbook;

  final Random random = new Random(2019);

  @Test
  void twoHundredFiftyOrganisationsFromNoticeToPublishedLists() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    List<String> codes = new GeneratedOrganisations(engine, jdbc, organizations).upTo(ORGANISATIONS);
    String campaignId = "DEMO-" + System.currentTimeMillis() % 100000;
    Map<String, Object> start = startForm(campaignId, codes);
    ProcessInstance campaign = driver.startCampaign(start);
    driver.executeJobs();

    for (String code : codes) {
      ProcessInstance plan = driver.plan(campaignId, code);
      driver.submit(GeneratedOrganisations.submitter(code), plan, submission(code));
      boolean approve = random.nextInt(100) < 92;
      driver.submit("reviewer" + (1 + random.nextInt(3)), plan, approve
          ? Map.of(PlanProcess.REVIEW_DECISION, "APPROVE")
          : Map.of(PlanProcess.REVIEW_DECISION, "REJECT", PlanProcess.REVIEW_COMMENT, "方案内容与本次活动主题关联不足。"));
    }
    driver.executeJobs();

    for (Task task : tasks(campaign, SCORE_TASK)) {
      boolean harsh = random.nextInt(100) < 3;
      Map<String, Object> points = scorePoints(() -> harsh ? 2 + random.nextInt(3) : 5 + random.nextInt(6));
      driver.as(task.getAssignee(), () -> engine.getFormService().submitTaskForm(task.getId(), points));
    }
    driver.executeJobs();
    for (Task task : tasks(campaign, DISCUSS_TASK)) {
      driver.as("organizer", () -> engine.getFormService().submitTaskForm(task.getId(),
          Map.of(AGREED_SCORE, 60 + random.nextInt(30), AGREED_REASON, "经讨论，综合各位评审意见确定分数。")));
    }
    driver.executeJobs();

    Task decision = tasks(campaign, DECIDE_TASK).get(0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> societies = (List<Map<String, Object>>) engine.getTaskService()
        .getVariableLocal(decision.getId(), PROPOSAL_PREFIX + Pool.SOCIETY.name());
    Map<String, Object> out = societies.stream().filter(row -> "入选".equals(row.get("status"))).findFirst().orElseThrow();
    Map<String, Object> in = societies.stream().filter(row -> "候补".equals(row.get("status"))).findFirst().orElseThrow();
    Map<String, Object> form = new HashMap<>(Map.of(APPROVE_SELECTION, true,
        QUOTA_REASON, "分会场按合格方案实际数量确定；其余类别按名额。"));
    form.put(SELECTION_CHANGES, SpinValues.jsonValue("[" + change(out, "OUT", "该学会上一批已入选，本批让位。") + ","
        + change(in, "IN", "该学会基层平台对接扎实，委员会一致同意调入。") + "]").create());
    driver.as("committee1", () -> engine.getFormService().submitTaskForm(decision.getId(), form));
    driver.executeJobs();

    List<PublishedLine> lists = publication.publishedLists(campaignId);
    Files.createDirectories(OUTPUT);
    String name = publication.campaignName(campaignId);
    try (OutputStream excel = Files.newOutputStream(OUTPUT.resolve("selection.xlsx"));
         OutputStream print = Files.newOutputStream(OUTPUT.resolve("selection.pdf"))) {
      workbook.write(name, lists, excel);
      pdf.write(name, lists, print);
    }

    // The symposium: a flag for each of the 200, a linkup per venue, the running order built and exported.
    assertThat(tasks(campaign, SymposiumProcess.CONFIRM_TASK)).hasSize(200);
    Task arrange = tasks(campaign, SymposiumProcess.ARRANGE_TASK).get(0);
    driver.as("ceremony1", () -> engine.getFormService().submitTaskForm(arrange.getId(), DemoForms.runningOrder(20, true)));
    RunningOrder order = symposium.runningOrder(campaignId);
    try (OutputStream docx = Files.newOutputStream(OUTPUT.resolve("running-order.docx"));
         OutputStream print = Files.newOutputStream(OUTPUT.resolve("running-order.pdf"));
         OutputStream excel = Files.newOutputStream(OUTPUT.resolve("running-order.xlsx"))) {
      runningOrderWord.write(order, docx);
      runningOrderPdf.write(order, print);
      runningOrderWorkbook.write(order, excel);
    }

    String summary = summary(campaignId, lists) + runningOrderSummary(order);
    Files.writeString(OUTPUT.resolve("summary.txt"), summary);
    System.out.println(summary);

    assertThat(lists.stream().filter(l -> l.pool() == Pool.SOCIETY && l.outcome().equals("入选"))).hasSize(100);
    assertThat(lists.stream().filter(l -> l.pool() == Pool.TEAM && l.outcome().equals("入选"))).hasSize(100);
    long venues = lists.stream().filter(l -> l.pool() == Pool.VENUE && l.outcome().equals("入选")).count();
    assertThat(order.items()).filteredOn(i -> i.kind() == ProgrammeKind.VENUE_LINK).hasSize((int) venues);
    assertThat(order.items()).flatExtracting(RunningOrder.Item::flags).hasSize(200);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LinkupProcess.KEY)
        .processInstanceBusinessKeyLike(campaignId + "/venue/%").count()).isEqualTo(venues);
  }

  private static String runningOrderSummary(RunningOrder order) {
    RunningOrder.Item last = order.items().get(order.items().size() - 1);
    long batches = order.items().stream().filter(i -> i.kind() == ProgrammeKind.FLAG_BATCH).count();
    return "座谈会议程：" + order.items().size() + " 项，" + order.items().get(0).startsAt() + "–" + last.endsAt()
        + "，授旗 " + order.items().stream().mapToInt(i -> i.flags().size()).sum() + " 面分 " + batches + " 批；"
        + OUTPUT.resolve("running-order.docx") + "、.pdf、.xlsx\n";
  }

  private Map<String, Object> submission(String code) {
    Map<String, Object> form = planSubmission(organizations.find(code).orElseThrow().name() + "科技志愿服务主题活动");
    Platform platform = Platform.values()[random.nextInt(Platform.values().length)];
    form.put(PlanProcess.DOCKING_PLATFORM, platform.name());
    List<Map<String, Object>> teams = new ArrayList<>();
    for (int t = 1; t <= 1 + random.nextInt(2); t++) {
      teams.add(Map.of(PlanProcess.TEAM_NAME, code + "科技志愿服务队" + t, PlanProcess.TEAM_LEVEL,
          t == 1 ? "NATIONAL_SOCIETY_CORPS" : "GRASSROOTS_TEAM", PlanProcess.TEAM_LEADER, "负责人" + t,
          PlanProcess.TEAM_MEMBER_COUNT, 20 + random.nextInt(200)));
    }
    form.put(PlanProcess.VOLUNTEER_TEAMS, teams);
    boolean video = random.nextInt(100) < 45;
    form.put(PlanProcess.VIDEO_LINK, video ? "yes" : "no");
    if (video) {
      Platform kind = VENUE_KINDS.get(random.nextInt(VENUE_KINDS.size()));
      form.put(PlanProcess.SUB_VENUES, List.of(Map.of(PlanProcess.VENUE_NAME, code + kind.label() + "分会场",
          PlanProcess.VENUE_KIND, kind.name(), PlanProcess.VENUE_ORGANIZER, code + "分支机构",
          PlanProcess.VENUE_ADDRESS, PROVINCES.get(random.nextInt(PROVINCES.size())) + "省某市某区")));
    } else {
      form.remove(PlanProcess.SUB_VENUES);
    }
    if (code.startsWith("N") && random.nextInt(100) < 30) {
      String province = PROVINCES.get(random.nextInt(PROVINCES.size()));
      form.put(PlanProcess.NOMINATED_SOCIETIES, List.of(Map.of(PlanProcess.NOMINEE_NAME,
          province + "省" + organizations.find(code).orElseThrow().name().replace("中国", ""),
          PlanProcess.NOMINEE_REGION, province)));
    }
    return form;
  }

  private List<Task> tasks(ProcessInstance campaign, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).taskDefinitionKey(key).list();
  }

  private static String change(Map<String, Object> row, String action, String reason) {
    return "{\"" + CHANGE_POOL + "\":\"SOCIETY\",\"" + CHANGE_CANDIDATE + "\":\"" + row.get("id") + "\",\""
        + CHANGE_ACTION + "\":\"" + action + "\",\"" + CHANGE_REASON + "\":\"" + reason + "\"}";
  }

  private String summary(String campaignId, List<PublishedLine> lists) {
    StringBuilder text = new StringBuilder("生成活动 " + campaignId + "：" + ORGANISATIONS + " 个单位\n");
    for (Pool pool : Pool.values()) {
      Map<String, Long> outcomes = lists.stream().filter(l -> l.pool() == pool)
          .collect(Collectors.groupingBy(PublishedLine::outcome, Collectors.counting()));
      long regions = lists.stream().filter(l -> l.pool() == pool && l.outcome().equals("入选"))
          .map(PublishedLine::region).distinct().count();
      text.append(pool.label()).append("：").append(outcomes).append("，入选覆盖地区 ").append(regions).append(" 个\n");
    }
    long mails = outbox.forCampaign(campaignId).stream()
        .filter(mail -> mail.purpose() == NotificationPurpose.SELECTION_RESULT).count();
    text.append("遴选结果通知：").append(mails).append(" 封（每个有候选的单位一封）\n");
    text.append("名单：").append(OUTPUT.resolve("selection.xlsx")).append("，").append(OUTPUT.resolve("selection.pdf"))
        .append("\n");
    return text.toString();
  }
}
