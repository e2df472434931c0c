package cn.org.cast.volunteer.notice;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.plan.PlanStatus;

@Repository
class CampaignRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  CampaignRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public boolean exists(String id) {
    return jdbc.sql("SELECT COUNT(*) FROM campaign WHERE id = :id").param("id", id).query(Long.class).single() > 0;
  }

  public void insert(Campaign campaign, String processInstanceId, String createdBy) {
    jdbc.sql("""
            INSERT INTO campaign (id, name, theme, notice_text, issue_date, plan_deadline, symposium_date,
                                  society_quota, team_quota, venue_quota, contact_info, status, process_instance_id, created_by,
                                  created_at)
            VALUES (:id, :name, :theme, :notice, :issue, :deadline, :symposium, :societies, :teams, :venues, :contacts,
                    :status, :instance, :by, :now)""")
        .param("id", campaign.id()).param("name", campaign.name()).param("theme", campaign.theme())
        .param("notice", campaign.noticeText()).param("issue", campaign.issueDate())
        .param("deadline", campaign.planDeadline()).param("symposium", campaign.symposiumDate())
        .param("societies", campaign.societyQuota()).param("teams", campaign.teamQuota())
        .param("venues", campaign.venueQuota())
        .param("contacts", campaign.contactInfo())
        .param("status", CampaignStatus.REGISTERED.name()).param("instance", processInstanceId)
        .param("by", createdBy).param("now", OffsetDateTime.now(clock))
        .update();
  }

  public Optional<Campaign> find(String id) {
    return jdbc.sql("""
            SELECT id, name, theme, notice_text, issue_date, plan_deadline, symposium_date, society_quota, team_quota, venue_quota,
                   contact_info
              FROM campaign WHERE id = :id""")
        .param("id", id)
        .query((rs, row) -> new Campaign(rs.getString("id"), rs.getString("name"), rs.getString("theme"),
            rs.getString("notice_text"), rs.getObject("issue_date", LocalDate.class),
            rs.getObject("plan_deadline", LocalDate.class),
            rs.getObject("symposium_date", LocalDate.class), rs.getInt("society_quota"),
            rs.getInt("team_quota"), rs.getInt("venue_quota"), rs.getString("contact_info")))
        .optional();
  }

  public void markIssued(String id) {
    jdbc.sql("UPDATE campaign SET status = :status, issued_at = :now WHERE id = :id")
        .param("status", CampaignStatus.COLLECTING.name()).param("now", OffsetDateTime.now(clock)).param("id", id)
        .update();
  }

  public void markCollectionClosedEarly(String id, String closedBy, String reason) {
    jdbc.sql("UPDATE campaign SET closed_by = :by, close_reason = :reason WHERE id = :id")
        .param("by", closedBy).param("reason", reason).param("id", id).update();
  }

  public void markCollectionEnded(String id) {
    jdbc.sql("UPDATE campaign SET status = :status, closed_at = :now WHERE id = :id")
        .param("status", CampaignStatus.COLLECTION_ENDED.name()).param("now", OffsetDateTime.now(clock)).param("id", id)
        .update();
  }

  /** How many plans stood in each status when the campaign's collection ended. */
  public void insertCollectionResult(String campaignId, Map<PlanStatus, Integer> counts) {
    counts.forEach((status, count) -> jdbc.sql("""
            INSERT INTO collection_result (campaign_id, plan_status, plan_count) VALUES (:campaign, :status, :count)""")
        .param("campaign", campaignId).param("status", status.name()).param("count", count).update());
  }

  public void markSelectionPublished(String id) {
    jdbc.sql("UPDATE campaign SET status = :status WHERE id = :id")
        .param("status", CampaignStatus.SELECTION_PUBLISHED.name()).param("id", id).update();
  }

  /** The campaign closed after its symposium, with its summary. */
  public void markConcluded(String id, String summary) {
    jdbc.sql("UPDATE campaign SET status = :status, summary = :summary, concluded_at = :now WHERE id = :id")
        .param("status", CampaignStatus.CONCLUDED.name()).param("summary", summary)
        .param("now", OffsetDateTime.now(clock)).param("id", id).update();
  }

  public Optional<String> summary(String id) {
    return jdbc.sql("SELECT summary FROM campaign WHERE id = :id").param("id", id).query(String.class).optional();
  }

  public Optional<CampaignStatus> status(String id) {
    return jdbc.sql("SELECT status FROM campaign WHERE id = :id").param("id", id).query(String.class).optional()
        .map(CampaignStatus::valueOf);
  }
}
