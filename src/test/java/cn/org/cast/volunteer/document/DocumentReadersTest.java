package cn.org.cast.volunteer.document;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.PlanRecord;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.selection.ConflictDeclarations;
import cn.org.cast.volunteer.selection.ScoringService;

/**
 * Who downloads a plan's document by its id ({@code GET /api/documents/{id}}), as our tables decide: the
 * organisation its own, the organisers all, a reviewer while the plan waits for review or once given it to
 * score, never one of an organisation the reviewer declared a conflict with.
 */
@AppTest
class DocumentReadersTest {

  static final List<String> REVIEWERS = List.of("reviewer1", "reviewer2", "reviewer3");

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  DocumentRepository documentRepository;
  @Autowired
  PlanService plans;
  @Autowired
  ScoringService scoring;
  @Autowired
  JdbcClient jdbc;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  final HttpClient http = HttpClient.newHttpClient();
  boolean conflictDeclaredBefore = true;

  /** Other tests assign scoring with the demo reviewers' conflicts as they find them: leave none behind. */
  @AfterEach
  void withdrawTheConflict() {
    if (!conflictDeclaredBefore) {
      jdbc.sql("DELETE FROM reviewer_conflict WHERE reviewer = :r AND org_code = :o").param("r", "reviewer3")
          .param("o", CHEMICAL_SOCIETY).update();
    }
  }

  @Test
  void eachReaderGetsOnlyTheDocumentsOurTablesAllow() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    String campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    driver.submit("chemsoc", driver.plan(campaignId, CHEMICAL_SOCIETY), planSubmission("化学科普进社区"));
    driver.submit("cmes", driver.plan(campaignId, MECHANICAL_SOCIETY), planSubmission("机械科普进校园"));
    conflictDeclaredBefore = scoring.declaredConflicts("reviewer3").contains(CHEMICAL_SOCIETY);
    ConflictDeclarations.declare(engine, driver, "reviewer3", List.of(CHEMICAL_SOCIETY), "本人在中国化学会兼职。");
    long chemistry = documentOf(campaignId, CHEMICAL_SOCIETY);
    long mechanics = documentOf(campaignId, MECHANICAL_SOCIETY);

    // Both plans wait for review: every reviewer may read them, except where they declared a conflict.
    assertStatus("chemsoc", chemistry, 200);
    assertStatus("chemsoc", mechanics, 404);
    assertStatus("cmes", chemistry, 404);
    assertStatus("cmes", mechanics, 200);
    assertStatus("organizer", chemistry, 200);
    assertStatus("reviewer1", chemistry, 200);
    assertStatus("reviewer1", mechanics, 200);
    assertStatus("reviewer3", chemistry, 404);
    assertStatus("reviewer3", mechanics, 200);
    assertStatus("committee1", chemistry, 404);

    // Approved and handed out for scoring: a reviewer reads only the plans given to them.
    for (String org : List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)) {
      driver.submit("reviewer2", driver.plan(campaignId, org), Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));
    }
    driver.executeJobs();
    assertThat(scoring.assignments(campaignId)).isNotEmpty();
    for (String reviewer : REVIEWERS) {
      for (String org : List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)) {
        long planId = plans.find(campaignId, org).id();
        assertStatus(reviewer, documentOf(campaignId, org), scoring.isAssigned(planId, reviewer) ? 200 : 404);
      }
    }
    assertThat(scoring.isAssigned(plans.find(campaignId, CHEMICAL_SOCIETY).id(), "reviewer3")).isFalse();
    assertStatus("reviewer3", chemistry, 404);
    assertStatus("organizer", mechanics, 200);
  }

  private long documentOf(String campaignId, String org) {
    PlanRecord plan = plans.find(campaignId, org);
    return documentRepository.forRevision(plan.id(), plan.currentRevision()).get(0).id();
  }

  private void assertStatus(String user, long documentId, int expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/" + documentId))
        .header("Authorization", WebClientSession.basicAuthorization(user, password)).GET().build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
        .as(user + " reads document " + documentId).isEqualTo(expected);
  }
}
