package cn.org.cast.volunteer.team;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The corps hierarchy and each team's people. */
@Repository
class TeamRepository {

  private static final String SELECT = """
      SELECT t.id, t.name, t.team_rank, t.parent_id, t.host_code, o.name AS host_name, t.status, t.service_field,
             t.leader_name, t.origin_campaign, t.joined_at
        FROM volunteer_team t LEFT JOIN organization o ON o.code = t.host_code""";

  private final JdbcClient jdbc;
  private final Clock clock;

  TeamRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Team nationalCorps() {
    return jdbc.sql(SELECT + " WHERE t.team_rank = :rank").param("rank", TeamRank.NATIONAL_CORPS.name())
        .query(TeamRepository::team).single();
  }

  public Optional<Team> find(long id) {
    return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query(TeamRepository::team).optional();
  }

  /** An organisation's own corps, unless its application was refused. */
  public Optional<Team> corpsOf(String orgCode) {
    return jdbc.sql(SELECT + " WHERE t.host_code = :org AND t.team_rank = :rank AND t.status <> :refused")
        .param("org", orgCode).param("rank", TeamRank.ORGANIZATION_CORPS.name())
        .param("refused", TeamStatus.REJECTED.name()).query(TeamRepository::team).optional();
  }

  /** Every team, the root first, then by rank and number: the directory, without anyone's personal data. */
  public List<Team> all() {
    return jdbc.sql(SELECT + " ORDER BY t.team_rank, t.id").query(TeamRepository::team).list();
  }

  /** Who applied for the team (none for the teams a campaign handed on). */
  public Optional<String> applicant(long id) {
    return jdbc.sql("SELECT applied_by FROM volunteer_team WHERE id = :id").param("id", id).query(String.class)
        .optional();
  }

  /** Records an application; returns the new team's id. */
  public long apply(TeamApplication application, TeamRank rank, long parentId, String hostCode, String applicant) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO volunteer_team (name, host_code, team_rank, parent_id, status, service_field, leader_name,
                                        leader_mobile, applied_by, joined_at)
            VALUES (:name, :host, :rank, :parent, :status, :field, :leader, :mobile, :applicant, :now)""")
        .param("name", application.name()).param("host", hostCode).param("rank", rank.name()).param("parent", parentId)
        .param("status", TeamStatus.APPLYING.name()).param("field", application.serviceField().name())
        .param("leader", application.leaderName()).param("mobile", application.leaderMobile())
        .param("applicant", applicant).param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    long id = key.getKey().longValue();
    replaceMembers(id, application.members());
    return id;
  }

  /** The applicant's corrected application after it was sent back: waiting for the level above again. */
  public void revise(long id, TeamApplication application) {
    jdbc.sql("""
            UPDATE volunteer_team SET name = :name, service_field = :field, leader_name = :leader,
                   leader_mobile = :mobile, status = :status WHERE id = :id""")
        .param("name", application.name()).param("field", application.serviceField().name())
        .param("leader", application.leaderName()).param("mobile", application.leaderMobile())
        .param("status", TeamStatus.APPLYING.name()).param("id", id).update();
    replaceMembers(id, application.members());
  }

  public void decide(long id, TeamStatus status, String decidedBy, String comment) {
    jdbc.sql("""
            UPDATE volunteer_team SET status = :status, decided_by = :by, decided_at = :now, decision_comment = :comment
             WHERE id = :id""")
        .param("status", status.name()).param("by", decidedBy).param("now", OffsetDateTime.now(clock))
        .param("comment", comment).param("id", id).update();
  }

  public List<TeamMember> members(long teamId) {
    return jdbc.sql("""
            SELECT position, name, mobile, expertise, association_post FROM team_member
             WHERE team_id = :team ORDER BY position""")
        .param("team", teamId)
        .query((rs, row) -> new TeamMember(rs.getInt("position"), rs.getString("name"), rs.getString("mobile"),
            rs.getString("expertise"), rs.getString("association_post")))
        .list();
  }

  /**
   * Hands a team a campaign selected on to the standing work, under its organisation's corps (made for
   * it when the organisation has none yet); handing it on again adds nothing.
   */
  public void joinFromCampaign(String campaignId, String candidateId, String name, String hostCode) {
    boolean present = jdbc.sql("SELECT COUNT(*) FROM volunteer_team WHERE origin_campaign = :c AND origin_candidate = :id")
        .param("c", campaignId).param("id", candidateId).query(Long.class).single() > 0;
    if (present) {
      return;
    }
    long corps = corpsOf(hostCode).map(Team::id).orElseGet(() -> insertActive(organisationName(hostCode) + "科技志愿服务总队",
        hostCode, TeamRank.ORGANIZATION_CORPS, nationalCorps().id(), null, null));
    insertActive(name, hostCode, TeamRank.TEAM, corps, campaignId, candidateId);
  }

  public long standingTeams(String campaignId) {
    return jdbc.sql("SELECT COUNT(*) FROM volunteer_team WHERE origin_campaign = :c").param("c", campaignId)
        .query(Long.class).single();
  }

  private String organisationName(String code) {
    return jdbc.sql("SELECT name FROM organization WHERE code = :code").param("code", code).query(String.class).single();
  }

  private long insertActive(String name, String hostCode, TeamRank rank, long parentId, String campaignId,
      String candidateId) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO volunteer_team (name, host_code, team_rank, parent_id, status, origin_campaign,
                                        origin_candidate, joined_at)
            VALUES (:name, :host, :rank, :parent, :status, :campaign, :candidate, :now)""")
        .param("name", name).param("host", hostCode).param("rank", rank.name()).param("parent", parentId)
        .param("status", TeamStatus.ACTIVE.name()).param("campaign", campaignId).param("candidate", candidateId)
        .param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    return key.getKey().longValue();
  }

  private void replaceMembers(long teamId, List<TeamMember> members) {
    jdbc.sql("DELETE FROM team_member WHERE team_id = :team").param("team", teamId).update();
    for (TeamMember member : members) {
      jdbc.sql("""
              INSERT INTO team_member (team_id, position, name, mobile, expertise, association_post)
              VALUES (:team, :position, :name, :mobile, :expertise, :post)""")
          .param("team", teamId).param("position", member.position()).param("name", member.name())
          .param("mobile", member.mobile()).param("expertise", member.expertise())
          .param("post", member.associationPost()).update();
    }
  }

  private static Team team(ResultSet rs, int row) throws SQLException {
    String field = rs.getString("service_field");
    return new Team(rs.getLong("id"), rs.getString("name"), TeamRank.valueOf(rs.getString("team_rank")),
        (Long) rs.getObject("parent_id", Long.class), rs.getString("host_code"), rs.getString("host_name"),
        TeamStatus.valueOf(rs.getString("status")), field == null ? null : ServiceField.valueOf(field),
        rs.getString("leader_name"), rs.getString("origin_campaign"), rs.getObject("joined_at", OffsetDateTime.class));
  }

  /** Active teams whose field is the given kind, the biggest first. */
  public List<TeamLine> teamsOfField(ServiceField field) {
    return jdbc.sql(TEAM_LINES + " WHERE t.status = 'ACTIVE' AND t.service_field = :field ORDER BY members DESC, t.id")
        .param("field", field.name()).query(TeamRepository::teamLine).list();
  }

  public Optional<TeamLine> line(long id) {
    return jdbc.sql(TEAM_LINES + " WHERE t.id = :id").param("id", id).query(TeamRepository::teamLine).optional();
  }

  private static final String TEAM_LINES = """
      SELECT t.id, t.name, t.service_field, t.status, o.name AS host_name,
             (SELECT COUNT(*) FROM team_member m WHERE m.team_id = t.id) AS members
        FROM volunteer_team t LEFT JOIN organization o ON o.code = t.host_code""";

  private static TeamLine teamLine(ResultSet rs, int row) throws SQLException {
    String field = rs.getString("service_field");
    return new TeamLine(rs.getLong("id"), rs.getString("name"), rs.getString("host_name"),
        field == null ? null : ServiceField.valueOf(field), rs.getString("status"), rs.getInt("members"));
  }
}
