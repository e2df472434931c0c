package cn.org.cast.volunteer.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.plan.PlanDecision;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.plan.TeamLevel;

/** The rows of a campaign's exports: each plan's latest submission with its lists, and every review and score. */
@Repository
class ExportRepository {

  public record PlanRow(String orgCode, String orgName, String status, int revision, String hostOrganization,
      String activityName, String organizingUnit, String dockingPlatform, String dockingPlatformName, boolean videoLink,
      String contactName, String contactOfficePhone, String contactMobile, String contactFax, String contactEmail,
      String planText, String submittedBy, OffsetDateTime submittedAt) {}

  public record TeamRow(String orgCode, String orgName, int position, String name, String level, String leader,
      int memberCount) {}

  public record VenueRow(String orgCode, String orgName, int position, String name, String kind, String organizer,
      String address) {}

  public record NomineeRow(String orgCode, String orgName, int position, String name, String region) {}

  public record DecisionRow(String orgCode, String orgName, int revision, String decision, String comment,
      String decidedBy, OffsetDateTime decidedAt) {}

  public record ScoreRow(String orgCode, String orgName, int revision, String reviewer, Double total, String points,
      String comment, OffsetDateTime assignedAt, OffsetDateTime scoredAt) {}

  public record ResultRow(String orgCode, String orgName, double mean, double lowest, double spread, boolean disputed,
      Double finalScore, String finalReason, String decidedBy, OffsetDateTime decidedAt) {}

  /** A sub-venue's live-link slot in the symposium's running order. */
  public record LinkSlot(String venueCode, LocalTime startsAt, int minutes) {}

  /** The latest submitted revision of each plan, joined to its organisation. */
  private static final String LATEST = """
      FROM preparation_plan p
      JOIN organization o ON o.code = p.org_code
      JOIN plan_revision r ON r.plan_id = p.id AND r.revision = p.current_revision
      WHERE p.campaign_id = :campaign""";

  private final JdbcClient jdbc;

  ExportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<PlanRow> plans(String campaignId) {
    return jdbc.sql("SELECT o.code, o.name AS org_name, p.status, r.* " + LATEST + " ORDER BY o.org_type, o.code")
        .param("campaign", campaignId).query(ExportRepository::planRow).list();
  }

  public List<TeamRow> teams(String campaignId) {
    return jdbc.sql("SELECT o.code, o.name AS org_name, t.position, t.name AS team, t.team_level, t.leader, t.member_count "
            + LATEST.replace("WHERE", "JOIN plan_team t ON t.revision_id = r.id WHERE") + " ORDER BY o.org_type, o.code, t.position")
        .param("campaign", campaignId)
        .query((rs, row) -> new TeamRow(rs.getString("code"), rs.getString("org_name"), rs.getInt("position"),
            rs.getString("team"), TeamLevel.valueOf(rs.getString("team_level")).label(), rs.getString("leader"),
            rs.getInt("member_count")))
        .list();
  }

  public List<VenueRow> venues(String campaignId) {
    return jdbc.sql("SELECT o.code, o.name AS org_name, v.position, v.name AS venue, v.venue_kind, v.organizer, v.address "
            + LATEST.replace("WHERE", "JOIN plan_venue v ON v.revision_id = r.id WHERE") + " ORDER BY o.org_type, o.code, v.position")
        .param("campaign", campaignId)
        .query((rs, row) -> new VenueRow(rs.getString("code"), rs.getString("org_name"), rs.getInt("position"),
            rs.getString("venue"), Platform.valueOf(rs.getString("venue_kind")).label(), rs.getString("organizer"),
            rs.getString("address")))
        .list();
  }

  public List<NomineeRow> nominees(String campaignId) {
    return jdbc.sql("SELECT o.code, o.name AS org_name, n.name AS nominee, n.position, n.region AS nominee_region "
            + LATEST.replace("WHERE", "JOIN plan_nominee n ON n.revision_id = r.id WHERE") + " ORDER BY o.org_type, o.code, n.position")
        .param("campaign", campaignId)
        .query((rs, row) -> new NomineeRow(rs.getString("code"), rs.getString("org_name"), rs.getInt("position"),
            rs.getString("nominee"), rs.getString("nominee_region")))
        .list();
  }

  public List<DecisionRow> decisions(String campaignId) {
    return jdbc.sql("""
            SELECT o.code, o.name, d.revision, d.decision, d.comment, d.decided_by, d.decided_at
              FROM plan_decision d
              JOIN preparation_plan p ON p.id = d.plan_id
              JOIN organization o ON o.code = p.org_code
             WHERE p.campaign_id = :campaign
             ORDER BY d.decided_at, d.id""")
        .param("campaign", campaignId)
        .query((rs, row) -> new DecisionRow(rs.getString("code"), rs.getString("name"), rs.getInt("revision"),
            PlanDecision.valueOf(rs.getString("decision")).resultingStatus().label(), rs.getString("comment"),
            rs.getString("decided_by"), rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  public List<ScoreRow> scores(String campaignId) {
    return jdbc.sql("""
            SELECT o.code, o.name, s.revision, s.reviewer, s.total, s.points, s.comment, s.assigned_at, s.scored_at
              FROM plan_score s
              JOIN preparation_plan p ON p.id = s.plan_id
              JOIN organization o ON o.code = p.org_code
             WHERE p.campaign_id = :campaign
             ORDER BY o.org_type, o.code, s.reviewer""")
        .param("campaign", campaignId)
        .query((rs, row) -> new ScoreRow(rs.getString("code"), rs.getString("name"), rs.getInt("revision"),
            rs.getString("reviewer"), rs.getObject("total", Double.class), rs.getString("points"),
            rs.getString("comment"), rs.getObject("assigned_at", OffsetDateTime.class),
            rs.getObject("scored_at", OffsetDateTime.class)))
        .list();
  }

  public List<ResultRow> scoreResults(String campaignId) {
    return jdbc.sql("""
            SELECT o.code, o.name, s.mean_score, s.lowest_score, s.spread, s.disputed, s.final_score, s.final_reason,
                   s.decided_by, s.decided_at
              FROM plan_score_result s
              JOIN preparation_plan p ON p.id = s.plan_id
              JOIN organization o ON o.code = p.org_code
             WHERE p.campaign_id = :campaign
             ORDER BY COALESCE(s.final_score, s.mean_score) DESC, o.code""")
        .param("campaign", campaignId)
        .query((rs, row) -> new ResultRow(rs.getString("code"), rs.getString("name"), rs.getDouble("mean_score"),
            rs.getDouble("lowest_score"), rs.getDouble("spread"), rs.getBoolean("disputed"),
            rs.getObject("final_score", Double.class), rs.getString("final_reason"), rs.getString("decided_by"),
            rs.getObject("decided_at", OffsetDateTime.class)))
        .list();
  }

  public List<LinkSlot> linkSlots(String campaignId) {
    return jdbc.sql("""
            SELECT venue_code, starts_at, minutes FROM programme_item
             WHERE campaign_id = :campaign AND venue_code IS NOT NULL ORDER BY position""")
        .param("campaign", campaignId)
        .query((rs, row) -> new LinkSlot(rs.getString("venue_code"), rs.getObject("starts_at", LocalTime.class),
            rs.getInt("minutes")))
        .list();
  }

  private static PlanRow planRow(ResultSet rs, int row) throws SQLException {
    return new PlanRow(rs.getString("code"), rs.getString("org_name"), PlanStatus.valueOf(rs.getString("status")).label(),
        rs.getInt("revision"),
        rs.getString("host_organization"), rs.getString("activity_name"), rs.getString("organizing_unit"),
        Platform.valueOf(rs.getString("docking_platform")).label(), rs.getString("docking_platform_name"),
        rs.getBoolean("video_link"), rs.getString("contact_name"), rs.getString("contact_office_phone"),
        rs.getString("contact_mobile"), rs.getString("contact_fax"), rs.getString("contact_email"),
        rs.getString("plan_text"), rs.getString("submitted_by"), rs.getObject("submitted_at", OffsetDateTime.class));
  }
}
