package cn.org.cast.volunteer.publication;

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
import cn.org.cast.volunteer.notice.CampaignStatus;
import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.security.Groups;

/**
 * The selection lists as Excel and PDF. Organisers, the committee and the ceremony team may read them
 * from the proposal on; everyone signed in once they are published.
 */
@RestController
class PublicationController {

  private static final Set<String> STAFF = Set.of(Groups.ORGANIZERS, Groups.COMMITTEE, Groups.CEREMONY);

  private final PublicationService publication;
  private final CampaignService campaigns;
  private final PublishedWorkbook workbook;
  private final PublishedPdf pdf;

  PublicationController(PublicationService publication, CampaignService campaigns,
      PublishedWorkbook workbook, PublishedPdf pdf) {
    this.publication = publication;
    this.campaigns = campaigns;
    this.workbook = workbook;
    this.pdf = pdf;
  }

  @GetMapping("/api/campaigns/{campaignId}/selection.xlsx")
  public ResponseEntity<StreamingResponseBody> excel(@PathVariable String campaignId, Authentication user) {
    return download(campaignId, user, ".xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        out -> workbook.write(publication.campaignName(campaignId), publication.publishedLists(campaignId), out));
  }

  @GetMapping("/api/campaigns/{campaignId}/selection.pdf")
  public ResponseEntity<StreamingResponseBody> pdf(@PathVariable String campaignId, Authentication user) {
    return download(campaignId, user, ".pdf", MediaType.APPLICATION_PDF_VALUE,
        out -> pdf.write(publication.campaignName(campaignId), publication.publishedLists(campaignId), out));
  }

  private ResponseEntity<StreamingResponseBody> download(String campaignId, Authentication user, String extension, String contentType,
      StreamingResponseBody body) {
    CampaignStatus status = campaigns.status(campaignId).orElse(null);
    if (status == null || !publication.hasSelection(campaignId)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "该活动尚未拟定遴选名单。");
    }
    boolean staff = GroupMembership.inAny(user, STAFF);
    if (!staff && !status.selectionPublic()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "遴选名单尚未公布。");
    }
    String name = campaignId + "-遴选名单" + (status.selectionPublic() ? "" : "（未公布）") + extension;
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(contentType))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
