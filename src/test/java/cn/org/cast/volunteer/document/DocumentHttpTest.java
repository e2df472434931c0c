package cn.org.cast.volunteer.document;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

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
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.SampleDocuments;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.WebClientSession;

/** The 附件 endpoints as the plugin uses them, for every role, over HTTP. */
@AppTest
class DocumentHttpTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Value("${cast.documents.directory}")
  Path directory;
  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  ObjectMapper json;

  EngineDriver driver;
  String campaignId;
  ProcessInstance plan;
  String submitTask;

  @BeforeEach
  void planOfTheChemicalSociety() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(CHEMICAL_SOCIETY, MECHANICAL_SOCIETY)));
    driver.executeJobs();
    plan = driver.plan(campaignId, CHEMICAL_SOCIETY);
    submitTask = driver.task(plan).getId();
  }

  @Test
  void submitterUploadsReplacesAndDownloadsByteForByteWithTheChineseName() throws Exception {
    WebClientSession chemsoc = session("chemsoc");
    byte[] pdf = SampleDocuments.pdf();
    HttpResponse<String> first = chemsoc.putFile(tasks() + "/STAMPED_PDF", pdf, "../../../etc/筹备方案（盖章）.pdf");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode uploaded = json.readTree(first.body());
    assertThat(uploaded.path("fileName").asText()).isEqualTo("筹备方案（盖章）.pdf");
    assertThat(uploaded.path("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(uploaded.has("storageKey")).isFalse();

    HttpResponse<byte[]> download = chemsoc.download("/api/documents/" + uploaded.path("id").asLong());
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(pdf);
    assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
        assertThat(disposition).contains("filename*=UTF-8''%E7%AD%B9%E5%A4%87%E6%96%B9%E6%A1%88"));
    // The name never reaches the disk: files are kept under random keys only.
    try (Stream<Path> stored = Files.list(directory)) {
      assertThat(stored.map(path -> path.getFileName().toString()).filter(name -> !name.equals("incoming")))
          .allMatch(name -> name.matches("[0-9a-f]{32}"));
    }

    byte[] replacement = SampleDocuments.pdf();
    JsonNode replaced = json.readTree(chemsoc.putFile(tasks() + "/STAMPED_PDF", replacement, "新版.pdf").body());
    JsonNode listed = json.readTree(chemsoc.get(tasks()).body());
    assertThat(listed.path("documents").findValuesAsText("fileName")).containsExactly("新版.pdf");
    assertThat(listed.path("canUpload").asBoolean()).isTrue();
    assertThat(listed.path("missing").findValuesAsText("")).isEmpty();
    assertThat(chemsoc.download("/api/documents/" + uploaded.path("id").asLong()).statusCode()).isEqualTo(404);
    assertThat(replaced.path("revision").asInt()).isEqualTo(1);

    assertThat(chemsoc.delete(tasks() + "/STAMPED_PDF").statusCode()).isEqualTo(204);
    assertThat(json.readTree(chemsoc.get(tasks()).body()).path("documents").size()).isZero();
  }

  @Test
  void wrongFilesAreRefusedWithAClearMessage() throws Exception {
    WebClientSession chemsoc = session("chemsoc");
    byte[] exe = new byte[2048];
    exe[0] = 'M';
    exe[1] = 'Z';
    HttpResponse<String> renamed = chemsoc.putFile(tasks() + "/STAMPED_PDF", exe, "方案.pdf");
    assertThat(renamed.statusCode()).isEqualTo(400);
    assertThat(json.readTree(renamed.body()).path("message").asText()).contains("应为PDF文件");

    HttpResponse<String> tooLarge = chemsoc.putFile(tasks() + "/WORD", new byte[25 * 1024 * 1024], "大文件.docx");
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(json.readTree(tooLarge.body()).path("message").asText()).contains("文件超过20MB");
    assertThat(json.readTree(chemsoc.get(tasks()).body()).path("documents").size()).isZero();
  }

  @Test
  void onlyTheOrganisationUploadsAndOnlyItReviewersAndOrganisersSeeTheDocuments() throws Exception {
    driver.attachDocuments("chemsoc", submitTask);
    long pdfId = documents.list("chemsoc", submitTask).documents().get(0).id();

    WebClientSession cmes = session("cmes");
    assertThat(cmes.get(tasks()).statusCode()).isEqualTo(404);
    assertThat(cmes.download("/api/documents/" + pdfId).statusCode()).isEqualTo(404);
    assertThat(cmes.putFile(tasks() + "/STAMPED_PDF", SampleDocuments.pdf(), "x.pdf").statusCode()).isEqualTo(404);

    // The selection committee follows the campaign in Cockpit but does not read the plans' documents.
    WebClientSession committee = session("committee1");
    assertThat(committee.get(tasks()).statusCode()).isEqualTo(403);
    assertThat(committee.download("/api/documents/" + pdfId).statusCode()).isEqualTo(404);

    // Before submission the documents are the organisation's draft: not even reviewers or organisers read them.
    WebClientSession organizer = session("organizer");
    assertThat(organizer.download("/api/documents/" + pdfId).statusCode()).isEqualTo(404);
    assertThat(session("reviewer1").download("/api/documents/" + pdfId).statusCode()).isEqualTo(404);
    assertThat(organizer.putFile(tasks() + "/STAMPED_PDF", SampleDocuments.pdf(), "x.pdf").statusCode())
        .isEqualTo(403);

    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    String reviewTask = driver.task(plan).getId();
    WebClientSession reviewer = session("reviewer1");
    JsonNode underReview = json.readTree(reviewer.get("/api/tasks/" + reviewTask + "/documents").body());
    assertThat(underReview.path("revision").asInt()).isEqualTo(1);
    assertThat(underReview.path("canUpload").asBoolean()).isFalse();
    assertThat(underReview.path("documents").findValuesAsText("kind")).containsExactlyInAnyOrder("STAMPED_PDF", "WORD");
    for (JsonNode document : underReview.path("documents")) {
      assertThat(reviewer.download("/api/documents/" + document.path("id").asLong()).statusCode()).isEqualTo(200);
    }
    // The submitter's task is done: nothing more is uploaded to the submitted revision.
    assertThat(session("chemsoc").putFile(tasks() + "/WORD", SampleDocuments.docx(), "x.docx").statusCode())
        .isEqualTo(404);
  }

  @Test
  void eachRevisionKeepsItsOwnDocuments() throws Exception {
    driver.submit("chemsoc", plan, planSubmission("第一稿"));
    long firstPdf = documents.list("reviewer1", driver.task(plan).getId()).documents().get(0).id();
    driver.submit("reviewer1", plan, Map.of(PlanProcess.REVIEW_DECISION, "RETURN", PlanProcess.REVIEW_COMMENT,
        "请补充授旗仪式的组织方式。"));

    DocumentService.TaskDocuments revision = documents.list("chemsoc", driver.task(plan).getId());
    assertThat(revision.revision()).isEqualTo(2);
    assertThat(revision.documents()).isEmpty();
    assertThat(session("chemsoc").download("/api/documents/" + firstPdf).statusCode()).isEqualTo(200);
  }

  @Test
  void attachmentOneIsGeneratedWithWhatTheOrganisationSavedLaidOver() throws Exception {
    HttpResponse<byte[]> generated = session("chemsoc").postForBytes(
        "/api/tasks/" + submitTask + "/attachment-one.pdf", "{\"activityName\":\"已保存尚未提交的活动名称\"}");
    assertThat(generated.statusCode()).isEqualTo(200);
    assertThat(generated.headers().firstValue("Content-Type")).hasValue("application/pdf");
    try (PDDocument pdf = Loader.loadPDF(generated.body())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("中国化学会", "已保存尚未提交的活动名称");
    }
    assertThat(session("cmes").postForBytes("/api/tasks/" + submitTask + "/attachment-one.docx", "{}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void organiserDownloadsTheApprovedPlansDocumentsAsOneZip() throws Exception {
    driver.submit("chemsoc", plan, planSubmission("化学科普进社区"));
    String reviewTask = driver.task(plan).getId();
    Map<String, byte[]> stored = new java.util.HashMap<>();
    for (PlanDocument document : documents.list("reviewer1", reviewTask).documents()) {
      stored.put(document.kind().label(), session("organizer").download("/api/documents/" + document.id()).body());
    }
    driver.submit("reviewer1", plan, Map.of(PlanProcess.REVIEW_DECISION, "APPROVE"));

    HttpResponse<byte[]> zip = session("organizer").download("/api/campaigns/" + campaignId + "/approved-documents.zip");
    assertThat(zip.statusCode()).isEqualTo(200);
    Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    assertThat(entries.keySet()).containsExactly("中国化学会（N006）/盖章PDF版.pdf", "中国化学会（N006）/Word版.docx");
    assertThat(entries.get("中国化学会（N006）/盖章PDF版.pdf")).isEqualTo(stored.get("盖章PDF版"));
    assertThat(entries.get("中国化学会（N006）/Word版.docx")).isEqualTo(stored.get("Word版"));
    assertThat(session("chemsoc").download("/api/campaigns/" + campaignId + "/approved-documents.zip").statusCode())
        .isEqualTo(403);
  }

  private String tasks() {
    return "/api/tasks/" + submitTask + "/documents";
  }

  private WebClientSession session(String user) {
    WebClientSession session = new WebClientSession(port);
    session.login(user, password);
    return session;
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
