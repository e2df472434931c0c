package cn.org.cast.volunteer.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.plan.PlanStatus;

/** What the organiser's dashboard and its exports read: counts and lists over a campaign's tables. */
@Repository
class DashboardRepository {

  /** A count of something in a campaign, by one or two keys (e.g. purpose and delivery status). */
  public record Count(String key, String subKey, long count) {}

  /** A campaign to choose on the dashboard. */
  public record CampaignChoice(String id, String name) {}

  private final JdbcClient jdbc;

  DashboardRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every campaign, the newest first. */
  public List<CampaignChoice> campaigns() {
    return jdbc.sql("SELECT id, name FROM campaign ORDER BY created_at DESC")
        .query((rs, row) -> new CampaignChoice(rs.getString("id"), rs.getString("name"))).list();
  }

  /** Every recipient with its plan's state and the contact people of its latest submission. */
  public List<RosterLine> roster(String campaignId) {
    return jdbc.sql("""
            SELECT o.code, o.name, o.org_type, o.region, o.email, p.status, p.updated_at, p.current_revision,
                   p.process_instance_id, r.submitted_at, r.contact_name, r.contact_office_phone, r.contact_mobile,
                   r.contact_email,
                   (SELECT COUNT(*) FROM plan_document d WHERE d.plan_id = p.id) AS documents,
                   (SELECT COUNT(*) FROM notification n WHERE n.campaign_id = p.campaign_id AND n.org_code = p.org_code
                       AND n.purpose IN (:reminders) AND n.status = 'SENT') AS reminders
              FROM preparation_plan p
              JOIN organization o ON o.code = p.org_code
              LEFT JOIN plan_revision r ON r.plan_id = p.id AND r.revision = p.current_revision
             WHERE p.campaign_id = :campaign
             ORDER BY o.org_type, o.code""")
        .param("campaign", campaignId)
        .param("reminders", List.of(NotificationPurpose.PLAN_REMINDER.name(), NotificationPurpose.MANUAL_REMINDER.name()))
        .query(DashboardRepository::rosterLine).list();
  }

  /** Mails of the campaign by purpose and delivery status. */
  public List<Count> mails(String campaignId) {
    return jdbc.sql("SELECT purpose, status, COUNT(*) AS n FROM notification WHERE campaign_id = :campaign GROUP BY purpose, status")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  /** Review decisions (approve, return, reject) by who took them. */
  public List<Count> reviewDecisions(String campaignId) {
    return jdbc.sql("""
            SELECT d.decided_by, d.decision, COUNT(*) AS n FROM plan_decision d
              JOIN preparation_plan p ON p.id = d.plan_id
             WHERE p.campaign_id = :campaign AND d.decision IN ('APPROVE', 'RETURN', 'REJECT')
             GROUP BY d.decided_by, d.decision""")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  /** Scoring assignments by reviewer: "assigned" and "scored". */
  public List<Count> scoring(String campaignId) {
    return jdbc.sql("""
            SELECT s.reviewer, 'ASSIGNED', COUNT(*) AS n FROM plan_score s JOIN preparation_plan p ON p.id = s.plan_id
             WHERE p.campaign_id = :campaign GROUP BY s.reviewer
            UNION ALL
            SELECT s.reviewer, 'SCORED', COUNT(*) AS n FROM plan_score s JOIN preparation_plan p ON p.id = s.plan_id
             WHERE p.campaign_id = :campaign AND s.scored_at IS NOT NULL GROUP BY s.reviewer""")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  /** The selection lists by pool and status. */
  public List<Count> selection(String campaignId) {
    return jdbc.sql("SELECT pool, status, COUNT(*) AS n FROM selection_entry WHERE campaign_id = :campaign GROUP BY pool, status")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  /** Sub-venues by state. */
  public List<Count> venues(String campaignId) {
    return jdbc.sql("SELECT state, '', COUNT(*) AS n FROM sub_venue WHERE campaign_id = :campaign GROUP BY state")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  /** Flag recipients by pool and answer: attending, not attending, or no answer yet. */
  public List<Count> representatives(String campaignId) {
    return jdbc.sql("""
            SELECT pool, CASE WHEN attending IS NULL THEN 'PENDING' WHEN attending THEN 'ATTENDING' ELSE 'ABSENT' END,
                   COUNT(*) AS n
              FROM flag_recipient WHERE campaign_id = :campaign
             GROUP BY pool, CASE WHEN attending IS NULL THEN 'PENDING' WHEN attending THEN 'ATTENDING' ELSE 'ABSENT' END""")
        .param("campaign", campaignId).query(DashboardRepository::count).list();
  }

  private static Count count(ResultSet rs, int row) throws SQLException {
    return new Count(rs.getString(1), rs.getString(2), rs.getLong(3));
  }

  private static RosterLine rosterLine(ResultSet rs, int row) throws SQLException {
    return new RosterLine(rs.getString("code"), rs.getString("name"), OrganizationType.valueOf(rs.getString("org_type")),
        rs.getString("region"), PlanState.of(PlanStatus.valueOf(rs.getString("status")), rs.getLong("documents") > 0),
        rs.getObject("updated_at", OffsetDateTime.class), rs.getInt("current_revision"),
        rs.getObject("submitted_at", OffsetDateTime.class), rs.getString("contact_name"),
        rs.getString("contact_office_phone"), rs.getString("contact_mobile"), rs.getString("contact_email"),
        rs.getString("email"), rs.getLong("reminders"), rs.getString("process_instance_id"));
  }
}
