package cn.org.cast.volunteer.demo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import cn.org.cast.volunteer.EngineClock;
import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.document.DocumentKind;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.selection.Rubric;
import cn.org.cast.volunteer.selection.ScoringService;
import cn.org.cast.volunteer.selection.SelectionProcess;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.PictureQuality;

/**
 * The demo's symposium (cast.demo.symposium=true): campaign DEMO taken through notice, plans, review,
 * scoring and selection by the demo accounts, its symposium today. Left for a person to do: the
 * Chemical Society's representatives (chemsoc), the running order's final version (ceremony1), one
 * connection test (av1), and on the day every live venue's signals, while the board follows.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "cast.demo.symposium", havingValue = "true")
@Order(3)
public class DemoSymposium implements ApplicationRunner {

  public static final String CAMPAIGN_ID = "DEMO";

  private static final Logger LOG = LoggerFactory.getLogger(DemoSymposium.class);

  /** The submitters, their organisation, teams and proposed venues. */
  private record Host(String user, String org, String unit, List<String> teams, List<DemoPlans.Venue> venues) {}

  private static final List<Host> HOSTS = List.of(
      host("chemsoc", "N006", "中国化学会科普工作委员会", List.of("中国化学会科技志愿服务总队", "中国化学会青年科技志愿服务队"),
          "中关村科学城分会场", "INDUSTRIAL_PARK", "北京市海淀区中关村大街1号"),
      host("cmes", "N043", "中国机械工程学会科普工作委员会", List.of("智能制造科技志愿服务队"),
          "广东深圳南山企业分会场", "ENTERPRISE", "深圳市南山区科技园1号"),
      host("bjast", "P110000", "北京市科协科普部", List.of("北京市科技志愿服务总队"),
          "海淀区新时代文明实践中心分会场", "CIVILIZATION_PRACTICE_CENTER", "北京市海淀区长春桥路1号"),
      host("shast", "P310000", "上海市科协科普部", List.of("上海市科技志愿服务总队"),
          "上海张江科学会堂分会场", "INDUSTRIAL_PARK", "上海市浦东新区张江路1号"),
      host("zjast", "P330000", "浙江省科协科普部", List.of("浙江省科技志愿服务总队"),
          "杭州未来科技城社区分会场", "COMMUNITY", "杭州市余杭区文一西路1号"),
      host("hbast", "P420000", "湖北省科协科普部", List.of("湖北省科技志愿服务总队"),
          "武汉光谷党群服务中心分会场", "PARTY_MASS_SERVICE_CENTER", "武汉市东湖高新区光谷大道1号"),
      host("scast", "P510000", "四川省科协科普部", List.of("四川省科技志愿服务总队"),
          "雅安芦山县乡村分会场", "VILLAGE", "雅安市芦山县芦阳镇1号"),
      host("cms", "N001", "中国数学会科普工作委员会", List.of("中国数学会科技志愿服务队"),
          "中国科学院大学分会场", "SCHOOL_OR_INSTITUTE", "北京市怀柔区中国科学院大学1号"));

  private static Host host(String user, String org, String unit, List<String> teams, String venue, String kind,
      String address) {
    return new Host(user, org, unit, teams, List.of(new DemoPlans.Venue(venue, kind, unit, address)));
  }

  private final ProcessEngine engine;
  private final EngineUser engineAs;
  private final DocumentService documents;
  private final CampaignService campaigns;
  private final ScoringService scoring;
  private final EngineClock clock;

  public DemoSymposium(ProcessEngine engine, EngineUser engineAs, DocumentService documents,
      CampaignService campaigns, ScoringService scoring, EngineClock clock) {
    this.engine = engine;
    this.engineAs = engineAs;
    this.documents = documents;
    this.campaigns = campaigns;
    this.scoring = scoring;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (campaigns.exists(CAMPAIGN_ID)) {
      return;
    }
    // The demo's symposium is today: the engine's clock follows the system's again before it says which day that is.
    clock.reset();
    LocalDate symposium = LocalDate.now(clock);
    // Everything before the day happens on an engine clock set back, as it would have happened.
    ZonedDateTime issued = symposium.minusDays(40).atTime(10, 0).atZone(VolunteerApplication.BEIJING);
    clock.moveTo(issued.toInstant());
    try {
      selectAndPublish(issued.toLocalDate(), symposium);
      prepareSymposium(issued.toLocalDate().plusDays(20));
    } finally {
      clock.reset();
    }
    // The day before and the morning of the symposium have come: go / no-go, then the live phase.
    executeJobs();
    for (Task goNoGo : tasks(LinkupProcess.GO_NO_GO_TASK, null)) {
      submit("lead1", goNoGo, Map.of(LinkupProcess.GO_DECISION, LinkupProcess.GO, LinkupProcess.DECISION_REASON, ""));
    }
    executeJobs();
    LOG.info("演示活动 {} 已就绪：座谈会为今天，现场大屏 /board/index.html?campaign={}", CAMPAIGN_ID, CAMPAIGN_ID);
  }

  private void selectAndPublish(LocalDate issued, LocalDate symposium) throws IOException {
    Map<String, Object> start = new HashMap<>();
    start.put(CampaignProcess.CAMPAIGN_ID, CAMPAIGN_ID);
    start.put(CampaignProcess.CAMPAIGN_NAME, "全国科技工作者日科技志愿服务主题活动（演示）");
    start.put(CampaignProcess.THEME, "礼赞共和国、追梦新时代——科技志愿服务行动");
    start.put(CampaignProcess.NOTICE_TEXT, "为迎接全国科技工作者日，中国科协决定开展科技志愿服务行动。本活动为演示数据。");
    start.put(CampaignProcess.NOTICE_CONTACTS, "中国科协组织人事部  电话：010-68571871  电子邮箱：contact@example.org");
    start.put(CampaignProcess.ISSUE_DATE, issued.toString());
    start.put(CampaignProcess.PLAN_DEADLINE, issued.plusDays(10).toString());
    start.put(CampaignProcess.SYMPOSIUM_DATE, symposium.toString());
    start.put(CampaignProcess.SOCIETY_QUOTA, 100);
    start.put(CampaignProcess.TEAM_QUOTA, 100);
    start.put(CampaignProcess.VENUE_QUOTA, 10);
    start.put(CampaignProcess.RECIPIENT_SCOPE, "SELECTED");
    start.put(CampaignProcess.RECIPIENT_CODES, SpinValues.jsonValue(
        "[" + String.join(",", HOSTS.stream().map(h -> "\"" + h.org() + "\"").toList()) + "]").create());
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CampaignProcess.KEY).latestVersion().singleResult().getId();
    as("organizer", () -> engine.getFormService().submitStartForm(definition, start));
    executeJobs();

    for (Host host : HOSTS) {
      Task submit = single(PlanProcess.SUBMIT_TASK, CAMPAIGN_ID + "/" + host.org());
      upload(host.user(), submit.getId());
      submit(host.user(), submit, DemoPlans.submission(host.org() + "科技志愿服务行动", host.unit(), host.teams(), host.venues()));
      submit("reviewer2", single(PlanProcess.REVIEW_TASK, CAMPAIGN_ID + "/" + host.org()),
          Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    }
    executeJobs();
    Rubric rubric = scoring.rubric();
    int points = 9;
    for (Task task : tasks(SelectionProcess.SCORE_TASK, CAMPAIGN_ID)) {
      Map<String, Object> score = new HashMap<>();
      int each = points;
      rubric.criteria().forEach(c -> score.put(SelectionProcess.POINTS_PREFIX + c.code(), Math.min(each, c.maxPoints())));
      score.put(SelectionProcess.SCORE_COMMENT, "方案完整，组织有力。");
      submit(task.getAssignee(), task, score);
    }
    executeJobs();
    submit("committee1", tasks(SelectionProcess.DECIDE_TASK, CAMPAIGN_ID).get(0), Map.of(SelectionProcess.APPROVE_SELECTION,
        true, SelectionProcess.QUOTA_REASON, "演示活动只有八家单位报送，按实际入选。"));
    executeJobs();
  }

  /** Representatives (all but the Chemical Society's), a draft running order, registrations and tests. */
  private void prepareSymposium(LocalDate rehearsalDay) {
    for (Task confirm : tasks(SymposiumProcess.CONFIRM_TASK, CAMPAIGN_ID)) {
      String org = engine.getTaskService().getIdentityLinksForTask(confirm.getId()).stream()
          .filter(link -> link.getGroupId() != null).findFirst().orElseThrow().getGroupId();
      Host host = HOSTS.stream().filter(h -> h.org().equals(org)).findFirst().orElseThrow();
      if (!host.user().equals("chemsoc")) {
        submit(host.user(), confirm, Map.of(SymposiumProcess.ATTENDING, SymposiumProcess.YES,
            SymposiumProcess.REPRESENTATIVE_NAME, "王代表", SymposiumProcess.REPRESENTATIVE_TITLE, "秘书长",
            SymposiumProcess.REPRESENTATIVE_MOBILE, "13900001111"));
      }
    }
    submit("ceremony1", tasks(SymposiumProcess.ARRANGE_TASK, CAMPAIGN_ID).get(0), DemoForms.runningOrder(5, false));

    List<Task> registrations = tasks(LinkupProcess.REGISTER_TASK, null);
    for (int i = 0; i < registrations.size(); i++) {
      Task registration = registrations.get(i);
      String instance = registration.getProcessInstanceId();
      String org = (String) engine.getRuntimeService().getVariable(instance, LinkupProcess.HOST_CODE);
      String user = HOSTS.stream().filter(h -> h.org().equals(org)).findFirst().orElseThrow().user();
      var variables = engine.getRuntimeService().getVariables(instance);
      submit(user, registration, DemoForms.venueRegistration(variables.get(LinkupProcess.ADDRESS),
          variables.get(LinkupProcess.VENUE_KIND), variables.get(LinkupProcess.ORGANIZING_UNIT), "视频会议号 8801 " + (1000 + i)));
      submit("ceremony1", taskOf(instance), Map.of(LinkupProcess.REHEARSAL_DATE, rehearsalDay.toString(),
          LinkupProcess.REHEARSAL_TIME, "14:00"));
      submit(user, taskOf(instance), Map.of(LinkupProcess.SLOT_ACCEPTED, LinkupProcess.YES));
      // The last venue's test is the AV engineer's to record in the demo.
      if (i < registrations.size() - 1) {
        submit("av1", taskOf(instance), Map.of(LinkupProcess.VIDEO_OK, true, LinkupProcess.AUDIO_OK, true,
            LinkupProcess.LATENCY_MS, 180 + 40 * i, LinkupProcess.PICTURE_QUALITY, PictureQuality.HD.name()));
      }
    }
  }

  private void upload(String user, String taskId) throws IOException {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, pdf);
    document.open();
    document.add(new Paragraph("Preparation plan (stamped scan)"));
    document.close();
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    try (XWPFDocument word = new XWPFDocument()) {
      word.createParagraph().createRun().setText("全国科技工作者日主题活动筹备工作方案");
      word.write(docx);
    }
    documents.upload(user, taskId, DocumentKind.STAMPED_PDF, "筹备工作方案（盖章）.pdf", pdf.size(),
        new ByteArrayInputStream(pdf.toByteArray()));
    documents.upload(user, taskId, DocumentKind.WORD, "筹备工作方案.docx", docx.size(),
        new ByteArrayInputStream(docx.toByteArray()));
  }

  private Task single(String activity, String businessKey) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activity).processInstanceBusinessKey(businessKey)
        .singleResult();
  }

  private List<Task> tasks(String activity, String businessKey) {
    var query = engine.getTaskService().createTaskQuery().taskDefinitionKey(activity);
    if (businessKey != null) {
      query.processInstanceBusinessKey(businessKey);
    } else {
      query.processInstanceBusinessKeyLike(CAMPAIGN_ID + "/venue/%");
    }
    return query.orderByTaskCreateTime().asc().list();
  }

  private Task taskOf(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private void submit(String user, Task task, Map<String, Object> form) {
    as(user, () -> {
      engine.getFormService().submitTaskForm(task.getId(), form);
      return null;
    });
  }

  private <T> T as(String user, Supplier<T> work) {
    return engineAs.call(user, work);
  }

  /** Runs the demo campaign's due jobs, as the job executor would once started; nobody else's. */
  private void executeJobs() {
    for (int round = 0; round < 1000; round++) {
      List<Job> jobs = engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKeyLike(CAMPAIGN_ID + "%").list().stream()
          .flatMap(instance -> engine.getManagementService().createJobQuery().executable()
              .processInstanceId(instance.getId()).list().stream())
          .toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
  }
}
