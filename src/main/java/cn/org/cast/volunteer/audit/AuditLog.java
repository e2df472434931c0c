package cn.org.cast.volunteer.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.security.ClientAddress;

/**
 * The audit log: appended to from the engine, the login and the downloads, read by organisers. An entry
 * is written in the transaction of what it records, so a rolled-back completion leaves none.
 */
@Repository
class AuditLog {

  /** The length of the column actor: an account as typed at a failed login may be any length. */
  static final int ACTOR_LENGTH = 64;

  private final JdbcClient jdbc;
  private final ClientAddress clients;
  private final Clock clock;

  AuditLog(JdbcClient jdbc, ClientAddress clients, Clock clock) {
    this.jdbc = jdbc;
    this.clients = clients;
    this.clock = clock;
  }

  public void record(String actor, AuditAction action, String campaignId, String target, String detail) {
    record(actor, action, campaignId, target, detail, clients.ofCurrentRequest());
  }

  public void record(String actor, AuditAction action, String campaignId, String target, String detail,
      String clientIp) {
    jdbc.sql("""
            INSERT INTO audit_event (occurred_at, actor, action, campaign_id, target, detail, client_ip)
            VALUES (:at, :actor, :action, :campaign, :target, :detail, :ip)""")
        .param("at", OffsetDateTime.now(clock)).param("actor", cut(actor, ACTOR_LENGTH)).param("action", action.name())
        .param("campaign", campaignId).param("target", cut(target, 300)).param("detail", cut(detail, 1000))
        .param("ip", clientIp).update();
  }

  public List<AuditEvent> forCampaign(String campaignId) {
    return jdbc.sql("SELECT * FROM audit_event WHERE campaign_id = :c ORDER BY occurred_at, id").param("c", campaignId)
        .query((rs, row) -> event(rs)).list();
  }

  /** Logins and failed logins from the given moment on, newest first, at most the given number. */
  public List<AuditEvent> logins(OffsetDateTime since, int limit) {
    return jdbc.sql("""
            SELECT * FROM audit_event WHERE action IN ('LOGIN', 'LOGIN_FAILED') AND occurred_at >= :since
             ORDER BY occurred_at DESC, id DESC LIMIT :limit""")
        .param("since", since).param("limit", limit).query((rs, row) -> event(rs)).list();
  }

  private static AuditEvent event(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new AuditEvent(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
        AuditAction.valueOf(rs.getString("action")), rs.getString("campaign_id"), rs.getString("target"),
        rs.getString("detail"), rs.getString("client_ip"));
  }

  /** At most max characters, a cut one ending in "…"; never half of a character outside the BMP. */
  static String cut(String text, int max) {
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }
}
