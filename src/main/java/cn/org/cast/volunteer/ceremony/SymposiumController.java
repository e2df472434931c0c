package cn.org.cast.volunteer.ceremony;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.security.Groups;

/** The running order as Word, PDF and Excel, and the live board's data, for the people who run the day. */
@RestController
class SymposiumController {

  /** One of the exports. */
  @FunctionalInterface
  interface Writer {
    void write(RunningOrder order, OutputStream out) throws IOException;
  }

  private static final Set<String> STAFF = Set.of(Groups.ORGANIZERS, Groups.COMMITTEE, Groups.CEREMONY,
      Groups.CEREMONY_LEAD, Groups.AV_ENGINEERS);

  private final SymposiumService symposium;
  private final LiveBoardService board;
  private final CampaignService campaigns;
  private final RunningOrderWord word;
  private final RunningOrderPdf pdf;
  private final RunningOrderWorkbook workbook;

  SymposiumController(SymposiumService symposium, LiveBoardService board, CampaignService campaigns,
      RunningOrderWord word, RunningOrderPdf pdf, RunningOrderWorkbook workbook) {
    this.symposium = symposium;
    this.board = board;
    this.campaigns = campaigns;
    this.word = word;
    this.pdf = pdf;
    this.workbook = workbook;
  }

  @GetMapping("/api/campaigns/{campaignId}/board")
  public LiveBoard board(@PathVariable String campaignId, Authentication user) {
    requireStaff(user);
    requireCampaign(campaignId);
    return board.board(campaignId);
  }

  @GetMapping("/api/campaigns/{campaignId}/running-order.docx")
  public ResponseEntity<StreamingResponseBody> word(@PathVariable String campaignId, Authentication user) {
    return download(campaignId, user, ".docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", word::write);
  }

  @GetMapping("/api/campaigns/{campaignId}/running-order.pdf")
  public ResponseEntity<StreamingResponseBody> pdf(@PathVariable String campaignId, Authentication user) {
    return download(campaignId, user, ".pdf", MediaType.APPLICATION_PDF_VALUE, pdf::write);
  }

  @GetMapping("/api/campaigns/{campaignId}/running-order.xlsx")
  public ResponseEntity<StreamingResponseBody> excel(@PathVariable String campaignId, Authentication user) {
    return download(campaignId, user, ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        workbook::write);
  }

  private ResponseEntity<StreamingResponseBody> download(String campaignId, Authentication user, String extension,
      String contentType, Writer writer) {
    requireStaff(user);
    requireRunningOrder(campaignId);
    RunningOrder order = symposium.runningOrder(campaignId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(campaignId + "-座谈会议程" + extension, StandardCharsets.UTF_8).build().toString())
        .body(out -> writer.write(order, out));
  }

  private static void requireStaff(Authentication user) {
    GroupMembership.requireAny(user, STAFF, "座谈会议程和现场大屏仅对组织者、遴选委员会和仪式筹备人员开放。");
  }

  private void requireCampaign(String campaignId) {
    if (campaigns.status(campaignId).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + campaignId + " 的活动。");
    }
  }

  private void requireRunningOrder(String campaignId) {
    requireCampaign(campaignId);
    if (!symposium.hasRunningOrder(campaignId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该活动尚未编排座谈会议程（仪式筹备组在任务“编排座谈会议程”中编排）。");
    }
  }
}
