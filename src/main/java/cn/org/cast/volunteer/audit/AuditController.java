package cn.org.cast.volunteer.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.security.Groups;

/** The audit log for organisers (and administrators): a campaign's entries, and the recent logins. */
@RestController
class AuditController {

  static final Set<String> READERS = Set.of(Groups.ORGANIZERS, Groups.ADMINS);
  static final int MAX_DAYS = 90;
  static final int MAX_LOGINS = 1000;

  private final AuditLog audit;
  private final Clock clock;

  AuditController(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/api/campaigns/{campaignId}/audit")
  public List<AuditEvent> campaign(@PathVariable String campaignId, Authentication user) {
    requireReader(user);
    return audit.forCampaign(campaignId);
  }

  @GetMapping("/api/audit/logins")
  public List<AuditEvent> logins(@RequestParam(defaultValue = "7")
      @Min(value = 1, message = "天数（days）须为 1 至 90") @Max(value = MAX_DAYS, message = "天数（days）须为 1 至 90") int days,
      Authentication user) {
    requireReader(user);
    return audit.logins(OffsetDateTime.now(clock).minusDays(days), MAX_LOGINS);
  }

  private static void requireReader(Authentication user) {
    GroupMembership.requireAny(user, READERS, "审计记录仅对组织者和管理员开放。");
  }
}
