package cn.org.cast.volunteer.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.security.Groups;

/** The organiser's dashboard (organisers and the selection committee): figures, the lists behind them, exports. */
@RestController
class DashboardController {

  static final Set<String> READERS = Set.of(Groups.ORGANIZERS, Groups.COMMITTEE);
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final DashboardService dashboards;
  private final CampaignExports exports;
  private final DashboardRepository repository;

  DashboardController(DashboardService dashboards, CampaignExports exports, DashboardRepository repository) {
    this.dashboards = dashboards;
    this.exports = exports;
    this.repository = repository;
  }

  @GetMapping("/api/dashboard/campaigns")
  public List<DashboardRepository.CampaignChoice> campaigns(Authentication user) {
    requireReader(user);
    return repository.campaigns();
  }

  @GetMapping("/api/campaigns/{campaignId}/dashboard")
  public Dashboard dashboard(@PathVariable String campaignId, Authentication user) {
    requireReader(user);
    return dashboards.dashboard(campaignId);
  }

  /** The recipients behind one of the dashboard's numbers. */
  @GetMapping("/api/campaigns/{campaignId}/dashboard/recipients")
  public List<RosterLine> recipients(@PathVariable String campaignId, @RequestParam(required = false) PlanState state,
      @RequestParam(required = false) OrganizationType type, @RequestParam(required = false) String region,
      Authentication user) {
    requireReader(user);
    return dashboards.recipients(campaignId, state, type, region);
  }

  @GetMapping("/api/campaigns/{campaignId}/roster.xlsx")
  public ResponseEntity<StreamingResponseBody> roster(@PathVariable String campaignId, Authentication user) {
    return workbook(campaignId, user, "报送名单", out -> exports.roster(campaignId, out));
  }

  @GetMapping("/api/campaigns/{campaignId}/plans.xlsx")
  public ResponseEntity<StreamingResponseBody> plans(@PathVariable String campaignId, Authentication user) {
    return workbook(campaignId, user, "筹备工作方案", out -> exports.plans(campaignId, out));
  }

  @GetMapping("/api/campaigns/{campaignId}/reviews.xlsx")
  public ResponseEntity<StreamingResponseBody> reviews(@PathVariable String campaignId, Authentication user) {
    return workbook(campaignId, user, "审核与评分", out -> exports.reviews(campaignId, out));
  }

  @GetMapping("/api/campaigns/{campaignId}/venue-schedule.xlsx")
  public ResponseEntity<StreamingResponseBody> venueSchedule(@PathVariable String campaignId, Authentication user) {
    return workbook(campaignId, user, "分会场安排", out -> exports.venueSchedule(campaignId, out));
  }

  private ResponseEntity<StreamingResponseBody> workbook(String campaignId, Authentication user, String title,
      StreamingResponseBody body) {
    requireReader(user);
    dashboards.campaign(campaignId);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(campaignId + "-" + title + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(body);
  }

  private static void requireReader(Authentication user) {
    GroupMembership.requireAny(user, READERS, "组织者看板仅对组织者和遴选委员会开放。");
  }
}
