package cn.org.cast.volunteer.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Pairings of organisations and their teams with centres, from request to decision. */
@Repository
class PairingRepository {

  private static final String SELECT = """
      SELECT p.id, p.centre_id, p.org_code, o.name AS org_name, p.team_id, t.name AS team_name, p.content, p.starts_on,
             p.ends_on, p.status, p.requested_by, p.approver_group
        FROM centre_pairing p JOIN organization o ON o.code = p.org_code
             LEFT JOIN volunteer_team t ON t.id = p.team_id""";

  private final JdbcClient jdbc;
  private final Clock clock;

  PairingRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a request waiting for the approver; returns its id. */
  public long request(long centreId, String orgCode, Long teamId, PairingRequest request, String approverGroup,
      String requestedBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO centre_pairing (centre_id, org_code, team_id, content, contact_name, contact_mobile, starts_on,
                                        ends_on, status, approver_group, requested_by, requested_at)
            VALUES (:centre, :org, :team, :content, :contact, :mobile, :starts, :ends, :status, :approver, :by, :now)""")
        .param("centre", centreId).param("org", orgCode).param("team", teamId).param("content", request.content())
        .param("contact", request.contactName()).param("mobile", request.contactMobile())
        .param("starts", request.startsOn()).param("ends", request.endsOn())
        .param("status", PairingStatus.REQUESTED.name()).param("approver", approverGroup).param("by", requestedBy)
        .param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** The requester's corrected request: waiting for the (possibly other) approver again. */
  public void revise(long id, long centreId, Long teamId, PairingRequest request, String approverGroup) {
    jdbc.sql("""
            UPDATE centre_pairing SET centre_id = :centre, team_id = :team, content = :content, contact_name = :contact,
                   contact_mobile = :mobile, starts_on = :starts, ends_on = :ends, status = :status,
                   approver_group = :approver
             WHERE id = :id""")
        .param("centre", centreId).param("team", teamId).param("content", request.content())
        .param("contact", request.contactName()).param("mobile", request.contactMobile())
        .param("starts", request.startsOn()).param("ends", request.endsOn())
        .param("status", PairingStatus.REQUESTED.name()).param("approver", approverGroup).param("id", id).update();
  }

  public void decide(long id, PairingStatus status, String decidedBy, String comment) {
    jdbc.sql("""
            UPDATE centre_pairing SET status = :status, decided_by = :by, decided_at = :now, decision_comment = :comment
             WHERE id = :id""")
        .param("status", status.name()).param("by", decidedBy).param("now", OffsetDateTime.now(clock))
        .param("comment", comment).param("id", id).update();
  }

  public Optional<Pairing> find(long id) {
    return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PairingRepository::pairing).optional();
  }

  /**
   * Another pairing of the same party with the same centre that is in force or still open (requested or
   * sent back), not counting the pairing with id {@code except}.
   */
  public Optional<Pairing> sameParty(long centreId, String orgCode, Long teamId, long except) {
    // No typed null parameter: PostgreSQL cannot tell the type of a bare "IS NULL" placeholder.
    String team = teamId == null ? "p.team_id IS NULL" : "p.team_id = " + teamId;
    return jdbc.sql(SELECT + " WHERE p.centre_id = :centre AND p.org_code = :org AND p.id <> :except AND " + team
            + " AND p.status IN ('REQUESTED', 'RETURNED', 'ACTIVE') ORDER BY p.id")
        .param("centre", centreId).param("org", orgCode).param("except", except)
        .query(PairingRepository::pairing).list().stream().findFirst();
  }

  /** The pairings of these centres in force on the day: approved and not yet ended. */
  public List<Pairing> inForce(Collection<Long> centreIds, LocalDate day) {
    if (centreIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE p.centre_id IN (:centres) AND p.status = 'ACTIVE' AND p.ends_on >= :day ORDER BY p.id")
        .param("centres", centreIds).param("day", day).query(PairingRepository::pairing).list();
  }

  private static Pairing pairing(ResultSet rs, int row) throws SQLException {
    return new Pairing(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("org_code"), rs.getString("org_name"),
        rs.getObject("team_id", Long.class), rs.getString("team_name"), rs.getString("content"),
        rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
        PairingStatus.valueOf(rs.getString("status")), rs.getString("requested_by"), rs.getString("approver_group"));
  }
}
