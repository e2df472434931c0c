package cn.org.cast.volunteer.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One entry of the audit log. */
record AuditEvent(OffsetDateTime occurredAt, String actor, AuditAction action, String campaignId, String target,
    String detail, String clientIp) {

  @JsonProperty
  public String actionLabel() {
    return action.label();
  }
}
