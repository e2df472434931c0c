package cn.org.cast.volunteer.security;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.SampleDocuments;
import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.ceremony.RunningOrder;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.ceremony.SymposiumService;
import cn.org.cast.volunteer.demo.DemoSymposium;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notice.CampaignStatus;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.publication.PublicationProcess;
import cn.org.cast.volunteer.project.ProjectDecision;
import cn.org.cast.volunteer.project.ProjectFixtures;
import cn.org.cast.volunteer.project.ProjectProcess;
import cn.org.cast.volunteer.selection.SelectionProcess;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.venue.FallbackMode;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.LiveSignal;
import cn.org.cast.volunteer.venue.LiveSignals;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;
import cn.org.cast.volunteer.venue.VenueState;

/**
 * A person in the real, Chinese Tasklist (headless Chromium): logs in on the Chinese login page, uploads
 * the stamped PDF and the Word file in the 附件 tab, fills the whole plan form including its dynamic lists
 * and completes it; a reviewer sees the same files and returns the plan with a comment; the organiser's
 * dashboard counts the submission; the committee, the AV engineer and the live board do their part.
 */
@AppTest
@Tag("browser")
class TasklistBrowserTest {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static WebDriver browser;

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  ApplicationContext context;
  @Autowired
  LiveSignals signals;
  @Autowired
  SymposiumService symposium;
  @Autowired
  VenueService venues;
  @Autowired
  CampaignService campaigns;
  @Autowired
  JdbcClient jdbc;

  @BeforeAll
  static void startBrowser() {
    ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
        .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=zh-CN");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void submitterCompletesThePlanFormAndTheReviewerReturnsIt() throws IOException {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance plan = driver.plan(campaignId, CHEMICAL_SOCIETY);

    logIn("chemsoc");
    openTask(driver.task(plan));
    // The stamped PDF and the Word file, through the 附件 tab.
    click(By.xpath("//a[normalize-space()='附件']"));
    attach("STAMPED_PDF", "筹备工作方案（盖章）.pdf", SampleDocuments.pdf());
    attach("WORD", "筹备工作方案.docx", SampleDocuments.docx());
    screenshot("attachments-tab");
    click(By.xpath("//a[normalize-space()='表单']"));
    fillPlanForm();
    screenshot("plan-form-filled");
    complete();

    waitUntil(() -> PlanProcess.REVIEW_TASK.equals(driver.task(plan).getTaskDefinitionKey()));
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), PlanProcess.ACTIVITY_NAME))
        .isEqualTo("化学科普进社区");

    logIn("reviewer1");
    openTask(driver.task(plan));
    click(By.xpath("//a[normalize-space()='附件']"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cast-attachments"), "筹备工作方案（盖章）.pdf"));
    assertThat(browser.findElements(By.cssSelector(".cast-attachments a.cast-download"))).hasSize(2);
    assertThat(browser.findElements(By.cssSelector(".cast-attachments .cast-choose"))).isEmpty();
    click(By.xpath("//a[normalize-space()='表单']"));
    click(By.xpath("//label[contains(@class,'fjs-form-field-label')][contains(.,'退回修改')]"));
    fill("reviewComment", "请补充授旗仪式的组织方式。");
    screenshot("review-form");
    complete();

    waitUntil(() -> PlanProcess.SUBMIT_TASK.equals(driver.task(plan).getTaskDefinitionKey()));
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), PlanProcess.REVIEW_COMMENT))
        .isEqualTo("请补充授旗仪式的组织方式。");
  }

  @Test
  void inChineseTasklistASubmitterCompletesThePlanAndTheOrganiserSeesTheDashboardCountChange() throws IOException {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    // The whole registry, as the 2019 notice went out: the dashboard shows every province.
    driver.startCampaign(startForm(campaignId, null));
    driver.executeJobs();
    ProcessInstance plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
    long recipients = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
        .processInstanceBusinessKeyLike(campaignId + "/%").count();

    logIn("organizer");
    openDashboard(campaignId);
    assertThat(tileCount("total")).isEqualTo(recipients).isGreaterThan(200);
    assertThat(tileCount("SUBMITTED")).isZero();

    logIn("chemsoc");
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"), "启动流程"));
    assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("zh-CN");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
    openTask(driver.task(plan));
    click(By.xpath("//a[normalize-space()='附件']"));
    attach("STAMPED_PDF", "筹备工作方案（盖章）.pdf", SampleDocuments.pdf());
    attach("WORD", "筹备工作方案.docx", SampleDocuments.docx());
    click(By.xpath("//a[normalize-space()='表单']"));
    fillPlanForm();
    assertThat(browser.findElement(By.cssSelector(".fjs-repeat-render-add")).getText()).isEqualTo("添加一项");
    assertThat(beijingTimeOf("2019-04-30T02:00:00Z")).as("the browser is on UTC").isEqualTo("2019-04-30 10:00");
    // form-js's own check of a field, in Chinese and in words, not its regular expression.
    fill("contactMobile", "1381234");
    click(By.cssSelector(".fjs-container [id*='-Field_contactName']"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"),
        "请输入 11 位手机号码，例如 13812345678。"));
    screenshot("tasklist-chinese-form-error");
    fill("contactMobile", "13812345678");
    complete();
    waitUntil(() -> PlanProcess.REVIEW_TASK.equals(driver.task(plan).getTaskDefinitionKey()));
    assertThat(engine.getRuntimeService().getVariable(plan.getId(), PlanProcess.CONTACT_MOBILE)).isEqualTo("13812345678");

    logIn("organizer");
    openDashboard(campaignId);
    assertThat(tileCount("SUBMITTED")).isEqualTo(1);
    assertThat(tileCount("NOT_STARTED")).isEqualTo(recipients - 1);
    // The whole page in one picture, as the README shows it.
    browser.manage().window().setSize(new Dimension(1400, 2200));
    openDashboard(campaignId);
    screenshot("dashboard");
    browser.manage().window().setSize(new Dimension(1400, 1000));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
    wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "流程定义"));
    screenshot("cockpit");

    browser.get("http://localhost:" + port + "/camunda/app/welcome/default/");
    click(By.xpath("//a[normalize-space()='组织者看板']"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tiles .tile-total")));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");

    // English on request, from the account menu, until the user switches back.
    chooseLanguage("English", "Processes");
    chooseLanguage("中文", "流程");
  }

  @Test
  void theCommitteeSeesTheRankedProposalAndApprovesIt() throws IOException {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    ProcessInstance campaign = driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    for (String org : List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)) {
      ProcessInstance plan = driver.plan(campaignId, org);
      driver.submit(org.equals(CHEMICAL_SOCIETY) ? "chemsoc" : "cmes", plan, planSubmission("方案" + org));
      driver.submit("reviewer2", plan, java.util.Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    }
    driver.executeJobs();
    engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId())
        .taskDefinitionKey(SelectionProcess.SCORE_TASK).list()
        .forEach(task -> driver.as(task.getAssignee(),
            () -> engine.getFormService().submitTaskForm(task.getId(), scorePoints(8))));
    driver.executeJobs();

    logIn("committee1");
    openTask("遴选委员会审定");
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), "中国机械工程学会"));
    assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
        .contains("学会：拟入选2/100", "中国化学会", "入选");
    assertThat(browser.findElements(By.cssSelector(".fjs-container a[href='/api/campaigns/" + campaignId
        + "/selection.xlsx']"))).hasSize(1);
    screenshot("committee-decision");
    fill("quotaReason", "首批合格方案数量不足名额，按实际入选。");
    click(By.cssSelector(".fjs-container [id*='-Field_approveSelection']"));
    complete();

    waitUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(campaign.getId())
        .count() == 0 || !engine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).list()
        .isEmpty());
    driver.executeJobs();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(campaign.getId())
        .activityId(PublicationProcess.PUBLISHED_END).count()).isEqualTo(1);
  }

  @Test
  void theAvEngineerRecordsATestAndTheBoardFollowsTheLiveSignals() throws Exception {
    context.getAutowireCapableBeanFactory().createBean(DemoSymposium.class).run(null);
    EngineDriver driver = new EngineDriver(engine, documents);
    ProcessInstance tested = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike(DemoSymposium.CAMPAIGN_ID + "/venue/%").activityIdIn(LinkupProcess.RESULT_TASK)
        .singleResult();

    logIn("av1");
    openTask("记录联调结果");
    click(By.cssSelector(".fjs-container input[id*='-Field_videoOk']"));
    click(By.cssSelector(".fjs-container input[id*='-Field_audioOk']"));
    fill("latencyMs", "260");
    choose("pictureQuality", "高清");
    fill("rehearsalNotes", "画面清晰，声音同步。");
    screenshot("rehearsal-result");
    complete();
    waitUntil(() -> engine.getTaskService().createTaskQuery().processInstanceId(tested.getId())
        .taskDefinitionKey(LinkupProcess.RESULT_TASK).count() == 0);
    assertThat((String) engine.getRuntimeService().getVariable(tested.getId(), LinkupProcess.REHEARSAL_SUMMARY))
        .startsWith("第1次联调：通过");

    // The Chemical Society confirms who receives its flag; the ceremony team finalises the running order.
    logIn("chemsoc");
    openTask("确认受旗代表：中国化学会");
    click(By.xpath("//*[contains(@class,'fjs-form-field-radio')]//label[normalize-space()='出席']"));
    fill("representativeName", "张受旗");
    fill("representativeTitle", "秘书长");
    fill("representativeMobile", "13911112222");
    screenshot("representative-confirmation");
    complete();
    waitUntil(() -> engine.getTaskService().createTaskQuery().taskDefinitionKey(SymposiumProcess.CONFIRM_TASK)
        .processInstanceBusinessKey(DemoSymposium.CAMPAIGN_ID).taskNameLike("%：中国化学会").count() == 0);
    logIn("ceremony1");
    openTask("编排座谈会议程");
    assertThat(browser.findElement(By.cssSelector(".fjs-container [id*='-Field_startTime']")).getAttribute("value"))
        .isEqualTo("09:30");
    click(By.cssSelector(".fjs-container input[id*='-Field_runningOrderFinal']"));
    screenshot("running-order");
    complete();
    waitUntil(() -> engine.getTaskService().createTaskQuery().taskDefinitionKey(SymposiumProcess.ARRANGE_TASK)
        .processInstanceBusinessKey(DemoSymposium.CAMPAIGN_ID).count() == 0);
    assertThat(symposium.runningOrder(DemoSymposium.CAMPAIGN_ID).items()).filteredOn(i -> !i.flags().isEmpty())
        .flatExtracting(RunningOrder.Item::flags).extracting(RunningOrder.Flag::representative).contains("张受旗");

    // The morning of the symposium: go for every venue, the live phase opens, signals come in.
    LocalDate today = LocalDate.now(VolunteerApplication.BEIJING);
    CampaignClock.set(today.atTime(10, 12).atOffset(ZoneOffset.ofHours(8)));
    driver.executeJobs();
    engine.getTaskService().createTaskQuery().taskDefinitionKey(LinkupProcess.GO_NO_GO_TASK).list()
        .forEach(task -> driver.as("lead1", () -> engine.getFormService().submitTaskForm(task.getId(),
            Map.of(LinkupProcess.GO_DECISION, LinkupProcess.GO, LinkupProcess.DECISION_REASON, ""))));
    driver.executeJobs();
    String campaign = DemoSymposium.CAMPAIGN_ID;
    for (String[] step : new String[][] {{"V01", "CONNECTED"}, {"V01", "ON_AIR"}, {"V01", "DONE"}, {"V02", "CONNECTED"},
        {"V02", "ON_AIR"}, {"V03", "CONNECTED"}, {"V04", "DROPPED"}}) {
      driver.as("av1", () -> signals.signal(campaign, step[0], LiveSignal.valueOf(step[1]), FallbackMode.AUDIO_ONLY));
    }

    logIn("ceremony1");
    browser.manage().window().setSize(new Dimension(1920, 1080));
    browser.get("http://localhost:" + port + "/board/index.html?campaign=" + campaign);
    wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "直播中"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("备播中", "已结束", "等待连线", "议程");
    screenshot("live-board");
    // The board follows the next signal without being reloaded.
    driver.as("av1", () -> signals.signal(campaign, "V03", LiveSignal.ON_AIR, null));
    waitUntil(() -> browser.findElements(By.xpath("//*[contains(text(),'直播中')]")).size() >= 2);
    browser.manage().window().setSize(new Dimension(1400, 1000));

    // After the ceremony: every link ended, the last representatives answered, the outcome recorded in Tasklist.
    for (SubVenue venue : venues.all(campaign)) {
      for (VenueState state = venue.state(); state != VenueState.DONE;
          state = venues.venue(campaign, venue.code()).state()) {
        LiveSignal next = state == VenueState.WAITING ? LiveSignal.CONNECTED
            : state == VenueState.CONNECTED ? LiveSignal.ON_AIR : LiveSignal.DONE;
        driver.as("av1", () -> signals.signal(campaign, venue.code(), next, null));
      }
    }
    engine.getTaskService().createTaskQuery().processInstanceBusinessKey(campaign)
        .taskDefinitionKey(SymposiumProcess.CONFIRM_TASK).list()
        .forEach(task -> driver.as("chemsoc", () -> engine.getFormService().submitTaskForm(task.getId(),
            Map.of(SymposiumProcess.ATTENDING, SymposiumProcess.NO,
                SymposiumProcess.ABSENCE_NOTE, "服务队队长当日在外执行任务。"))));
    driver.executeJobs();
    logIn("ceremony1");
    openTask("登记活动成效");
    fill("mediaLink", "https://photos.example.org/zgc");
    fill("ceremonySummary", "座谈会如期举行，八个分会场全部完成连线，其中一个一度转为仅音频。");
    screenshot("ceremony-outcome");
    complete();
    waitUntil(() -> campaigns.status(campaign).orElseThrow() == CampaignStatus.CONCLUDED);
    assertThat(campaigns.summary(campaign)).get().asString().startsWith("授旗 ").contains("分会场举行 8/8 个");

    // The organiser reads who did all this on the audit page.
    logIn("organizer");
    browser.get("http://localhost:" + port + "/audit/index.html?campaign=" + campaign);
    wait(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "登记活动成效"));
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("ceremony1", "办理任务", "发起流程", "下载");
    screenshot("audit-log");
  }

  @Test
  void anAssociationStaffsItsProjectInTasklistAndItClosesWithItsResult() throws IOException {
    EngineDriver driver = new EngineDriver(engine, documents);
    String demand = ProjectFixtures.demand(jdbc, "P110000", "社区老年人智能看护设备使用科普", "ACCEPTED");
    String team = ProjectFixtures.team(jdbc, "P110000", "北京社区健康科普服务队", ServiceField.TALENT_TRAINING, 6);
    ProcessInstance project = driver.as("bjast", () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProjectProcess.KEY)
            .latestVersion().singleResult().getId(), ProjectFixtures.setUp("社区智能看护科普培训项目", demand)));

    logIn("bjast");
    openTask(driver.task(project));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"), team + " 北京社区健康科普服务队"));
    fill("teamCode", team);
    fill("volunteerCount", "5");
    screenshot("project-recruitment");
    complete();
    waitUntil(() -> ProjectProcess.APPROVE_TASK.equals(driver.task(project).getTaskDefinitionKey()));
    driver.submit("organizer", project, ProjectFixtures.decision(ProjectDecision.APPROVE, null));
    while (ProjectProcess.REPORT_TASK.equals(driver.task(project).getTaskDefinitionKey())) {
      driver.submit("bjast", project, Map.of(ProjectProcess.PROGRESS, "本期开展入户教学，服务老年人六十人次"));
    }

    driver.submit("bjast", project, Map.of(ProjectProcess.EVALUATION_GRADE, "EXCELLENT",
        ProjectProcess.EVALUATION_SUMMARY, "两项指标均超额完成，入户教学的做法可在其他社区推广",
        ProjectProcess.INDICATORS, List.of(Map.of(ProjectProcess.INDICATOR_ACHIEVED, 320),
            Map.of(ProjectProcess.INDICATOR_ACHIEVED, 21)),
        ProjectProcess.DEMAND_RESULTS, List.of(Map.of(ProjectProcess.DEMAND_RESULT, "入户教学六十户，老人均能独立使用设备"))));

    waitUntil(() -> engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(project.getId()).count() == 0);
    assertThat(jdbc.sql("SELECT status || '/' || evaluation_grade FROM service_project WHERE title = '社区智能看护科普培训项目'")
        .query(String.class).single()).isEqualTo("CLOSED/EXCELLENT");
    assertThat(jdbc.sql("SELECT project_result FROM innovation_demand WHERE id = :id")
        .param("id", Long.parseLong(demand.substring(1))).query(String.class).single())
        .isEqualTo("入户教学六十户，老人均能独立使用设备");
  }

  /** The whole plan form, its dynamic lists included, as a society's contact fills it. */
  private void fillPlanForm() {
    fill("activityName", "化学科普进社区");
    fill("organizingUnit", "中国化学会科普工作委员会");
    choose("dockingPlatform", "党群服务中心");
    fill("dockingPlatformName", "中关村街道党群服务中心");
    click(By.cssSelector("input[id*='-Field_videoLink']"));
    fill("venueName", "中关村科学城分会场");
    choose("venueKind", "产业园区");
    fill("venueOrganizer", "中国化学会北京分会");
    fill("venueAddress", "北京市海淀区中关村大街1号");
    fill("contactName", "张三");
    fill("contactOfficePhone", "010-62568157");
    fill("contactMobile", "13812345678");
    fill("contactEmail", "contact@chemsoc.example.org");
    fill("planText", planText(480));
    fill("teamName", "中国化学会科技志愿服务总队");
    choose("teamLevel", "全国学会总队");
    fill("teamLeader", "李四");
    fill("memberCount", "120");
  }

  /** How the webapps' moment shows an instant: in Beijing time, whatever the browser's time zone. */
  private String beijingTimeOf(String instant) {
    return (String) ((JavascriptExecutor) browser).executeScript("""
        let moment;
        self.webpackChunkcamunda_bpm_webapp.push([['probe' + Date.now()], {}, (require) => {
          const id = Object.keys(require.m).find((key) => ['updateOffset', 'isMoment', 'defineLocale']
            .every((word) => String(require.m[key]).includes(word)));
          moment = require(id);
        }]);
        return moment(arguments[0]).format('YYYY-MM-DD HH:mm');""", instant);
  }

  /** Switches the webapp's language in the account menu and waits for the header in that language. */
  private void chooseLanguage(String language, String headerWord) {
    click(By.cssSelector("[cam-widget-header] li.account .dropdown-toggle"));
    click(By.xpath("//li[contains(@class,'cast-language')]/a[normalize-space()='" + language + "']"));
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[cam-widget-header]"), headerWord));
  }

  private void openDashboard(String campaignId) {
    browser.get("http://localhost:" + port + "/dashboard/index.html?campaign=" + campaignId);
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#tiles .tile-total")));
  }

  /** The number on one of the dashboard's tiles (a state, or "total"). */
  private long tileCount(String key) {
    return Long.parseLong(browser.findElement(By.cssSelector("#tiles .tile-" + key + " .tile-count")).getText());
  }

  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get("http://localhost:" + port + "/");
    wait(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait(ExpectedConditions.urlContains("/camunda/app/tasklist"));
  }

  /** The newest task of that name (the list is sorted by creation, newest first). */
  private void openTask(String name) {
    click(By.xpath("//a[contains(@class,'task')][contains(.,'" + name + "')] | //h4[contains(.,'" + name + "')]"));
    claim();
  }

  /** One task among others of the same name (a society's plans of several campaigns), by its link in Tasklist. */
  private void openTask(Task task) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    claim();
  }

  private void claim() {
    click(By.xpath("//*[self::button or self::a][normalize-space()='认领']"));
    wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container input:not([disabled])")));
  }

  /** Chooses a file in the 附件 tab and waits until the tab lists it. */
  private void attach(String kind, String fileName, byte[] content) throws IOException {
    Path file = Files.createDirectories(SCREENSHOTS.resolveSibling("browser-uploads")).resolve(fileName);
    Files.write(file, content);
    wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[data-kind='" + kind + "']")))
        .sendKeys(file.toAbsolutePath().toString());
    wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("tr[data-kind='" + kind + "']"), fileName));
  }

  private void fill(String key, String value) {
    WebElement field = wait(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".fjs-container [id*='-Field_" + key + "']:not([disabled])")));
    // Select and delete, as a person would: clear() empties the element without form-js noticing.
    field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    field.sendKeys(value);
  }

  private void choose(String key, String option) {
    click(By.cssSelector(".fjs-container [id*='-Field_" + key + "']"));
    click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(.,'" + option + "')]"));
  }

  /**
   * Tasklist's Complete button. On a busy machine the form may still be settling (a text area growing) when
   * the click lands, and the click is lost: it is tried again while the button is still there.
   */
  private void complete() {
    By button = By.xpath("//button[normalize-space()='完成']");
    for (int attempt = 0; attempt < 3; attempt++) {
      click(button);
      try {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.invisibilityOfElementLocated(button));
        return;
      } catch (org.openqa.selenium.TimeoutException stillThere) {
        // The click did not take: the task is still open with its form.
      }
    }
  }

  /**
   * Clicks as a person would. Tasklist's fixed footer can cover an element at the bottom of a form pane that
   * cannot scroll it higher; the element is enabled and in view, so it is then clicked where it is.
   */
  private void click(By locator) {
    WebElement element = wait(ExpectedConditions.elementToBeClickable(locator));
    JavascriptExecutor page = (JavascriptExecutor) browser;
    page.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    try {
      element.click();
    } catch (ElementClickInterceptedException coveredByTheFooter) {
      page.executeScript("arguments[0].click();", element);
    }
  }

  private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
  }

  /** Waits for the condition; if it never holds, the page as it was is kept for a person to look at. */
  private static void waitUntil(java.util.function.BooleanSupplier condition) throws IOException {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
    } catch (org.openqa.selenium.TimeoutException timeout) {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve("timed-out.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      throw timeout;
    }
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
