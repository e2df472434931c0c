package cn.org.cast.volunteer.audit;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.WebClientSession;

/** Who did what and when, kept with the campaign and readable by organisers only. */
@AppTest
class AuditLogTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  AuditLog audit;

  @Test
  void startsCompletionsAndDownloadsAreKeptWithTheCampaign() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY)));
    driver.executeJobs();
    ProcessInstance plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
    Map<String, Object> incomplete = planSubmission("方案");
    incomplete.remove(PlanProcess.CONTACT_MOBILE);
    assertThatThrownBy(() -> driver.submit("chemsoc", plan, incomplete))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    driver.submit("chemsoc", plan, planSubmission("方案"));
    driver.submit("reviewer2", plan, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    WebClientSession organizer = new WebClientSession(port);
    organizer.login("organizer", password);
    assertThat(organizer.download("/api/campaigns/" + campaignId + "/approved-documents.zip").statusCode()).isEqualTo(200);

    JsonNode entries = new ObjectMapper().readTree(organizer.get("/api/campaigns/" + campaignId + "/audit").body());
    List<String> lines = new ArrayList<>();
    entries.forEach(e -> lines.add(e.path("actor").asText() + " " + e.path("actionLabel").asText() + " " + e.path("target").asText()));
    assertThat(lines).contains("organizer 发起流程 campaign " + campaignId, "chemsoc 办理任务 提交筹备工作方案",
        "reviewer2 办理任务 审核筹备工作方案",
        "organizer 下载 GET /api/campaigns/" + campaignId + "/approved-documents.zip");
    // The refused submission left nothing: one completion of the submit task, not two.
    assertThat(lines).filteredOn(line -> line.startsWith("chemsoc 办理任务")).hasSize(1);

    WebClientSession chemsoc = new WebClientSession(port);
    chemsoc.login("chemsoc", password);
    assertThat(chemsoc.get("/api/campaigns/" + campaignId + "/audit").statusCode()).isEqualTo(403);
  }

  @Test
  void loginsAndFailedLoginsAreRecordedWithoutThePassword() throws Exception {
    // An account of its own: a failed login holds the account back for a while (the login throttle).
    String account = "audit" + System.nanoTime() % 100000;
    User user = engine.getIdentityService().newUser(account);
    user.setPassword(password);
    engine.getIdentityService().saveUser(user);
    new WebClientSession(port).login(account, "wrong-" + password);
    new WebClientSession(port).login("nobody-" + newCampaignId(), password);
    WebClientSession admin = new WebClientSession(port);
    admin.login("admin", password);

    String logins = admin.get("/api/audit/logins?days=1").body();
    assertThat(logins).contains("\"actor\":\"" + account + "\",\"action\":\"LOGIN_FAILED\"", "\"actor\":\"admin\",\"action\":\"LOGIN\"")
        .contains("nobody-").doesNotContain(password);
    HttpResponse<String> tooFewDays = admin.get("/api/audit/logins?days=0");
    assertThat(tooFewDays.statusCode()).isEqualTo(400);
    assertThat(tooFewDays.body()).contains("天数（days）须为 1 至 90");
  }
}
