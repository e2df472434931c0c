package cn.org.cast.volunteer.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans, their revisions and the decisions on them: appended to, never overwritten. */
@Repository
class PlanRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  PlanRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void createIfAbsent(String campaignId, String orgCode) {
    jdbc.sql("""
            INSERT INTO preparation_plan (campaign_id, org_code, status, current_revision, updated_at)
            SELECT :campaign, :org, :status, 0, :now
             WHERE NOT EXISTS (SELECT 1 FROM preparation_plan WHERE campaign_id = :campaign AND org_code = :org)""")
        .param("campaign", campaignId).param("org", orgCode).param("status", PlanStatus.NOT_STARTED.name())
        .param("now", OffsetDateTime.now(clock))
        .update();
  }

  public PlanRecord find(String campaignId, String orgCode) {
    return jdbc.sql("""
            SELECT id, campaign_id, org_code, status, current_revision, process_instance_id FROM preparation_plan
             WHERE campaign_id = :campaign AND org_code = :org""")
        .param("campaign", campaignId).param("org", orgCode).query(PlanRepository::map).single();
  }

  public PlanRecord find(long planId) {
    return jdbc.sql("""
            SELECT id, campaign_id, org_code, status, current_revision, process_instance_id FROM preparation_plan
             WHERE id = :id""")
        .param("id", planId).query(PlanRepository::map).single();
  }

  /** The plan a process instance works on, if our tables bind one to it. */
  public Optional<PlanRecord> findByProcessInstance(String processInstanceId) {
    return jdbc.sql("""
            SELECT id, campaign_id, org_code, status, current_revision, process_instance_id FROM preparation_plan
             WHERE process_instance_id = :instance""")
        .param("instance", processInstanceId).query(PlanRepository::map).optional();
  }

  public void attachProcessInstance(long planId, String processInstanceId) {
    jdbc.sql("UPDATE preparation_plan SET process_instance_id = :instance WHERE id = :id")
        .param("instance", processInstanceId).param("id", planId).update();
  }

  public void updateStatus(long planId, PlanStatus status, int currentRevision) {
    jdbc.sql("UPDATE preparation_plan SET status = :status, current_revision = :revision, updated_at = :now WHERE id = :id")
        .param("status", status.name()).param("revision", currentRevision).param("now", OffsetDateTime.now(clock))
        .param("id", planId).update();
  }

  /** Stores a new revision with its teams and venues; returns the revision's row id. */
  public long insertRevision(long planId, int revision, PlanSubmission plan, String submittedBy,
      OffsetDateTime submittedAt) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO plan_revision (plan_id, revision, host_organization, activity_name, organizing_unit,
                docking_platform, docking_platform_name, video_link, contact_name, contact_office_phone,
                contact_mobile, contact_fax, contact_email, plan_text, submitted_by, submitted_at)
            VALUES (:plan, :revision, :host, :activity, :unit, :platform, :platformName, :video, :contact,
                :office, :mobile, :fax, :email, :text, :by, :at)""")
        .param("plan", planId).param("revision", revision).param("host", plan.hostOrganization())
        .param("activity", plan.activityName()).param("unit", plan.organizingUnit())
        .param("platform", plan.dockingPlatform().name()).param("platformName", plan.dockingPlatformName())
        .param("video", plan.videoLink()).param("contact", plan.contactName())
        .param("office", plan.contactOfficePhone()).param("mobile", plan.contactMobile())
        .param("fax", plan.contactFax()).param("email", plan.contactEmail()).param("text", plan.planText())
        .param("by", submittedBy).param("at", submittedAt)
        .update(key, "id");
    long revisionId = key.getKey().longValue();
    for (int i = 0; i < plan.teams().size(); i++) {
      PlanSubmission.ProposedTeam team = plan.teams().get(i);
      jdbc.sql("""
              INSERT INTO plan_team (revision_id, position, name, team_level, leader, member_count)
              VALUES (:revision, :position, :name, :level, :leader, :members)""")
          .param("revision", revisionId).param("position", i + 1).param("name", team.name())
          .param("level", team.level().name()).param("leader", team.leader()).param("members", team.memberCount())
          .update();
    }
    for (int i = 0; i < plan.venues().size(); i++) {
      PlanSubmission.ProposedVenue venue = plan.venues().get(i);
      jdbc.sql("""
              INSERT INTO plan_venue (revision_id, position, name, venue_kind, organizer, address)
              VALUES (:revision, :position, :name, :kind, :organizer, :address)""")
          .param("revision", revisionId).param("position", i + 1).param("name", venue.name())
          .param("kind", venue.kind().name()).param("organizer", venue.organizer()).param("address", venue.address())
          .update();
    }
    for (int i = 0; i < plan.nominees().size(); i++) {
      PlanSubmission.NominatedSociety nominee = plan.nominees().get(i);
      jdbc.sql("INSERT INTO plan_nominee (revision_id, position, name, region) VALUES (:revision, :position, :name, :region)")
          .param("revision", revisionId).param("position", i + 1).param("name", nominee.name())
          .param("region", nominee.region()).update();
    }
    return revisionId;
  }

  public RevisionFacts revisionFacts(long planId, int revision) {
    return jdbc.sql("""
            SELECT docking_platform, video_link, submitted_at FROM plan_revision WHERE plan_id = :plan AND revision = :revision""")
        .param("plan", planId).param("revision", revision)
        .query((rs, row) -> new RevisionFacts(rs.getString("docking_platform"), rs.getBoolean("video_link"),
            rs.getObject("submitted_at", OffsetDateTime.class)))
        .single();
  }

  public List<ProposedCandidate> proposedTeams(long planId, int revision) {
    return jdbc.sql("""
            SELECT t.position, t.name FROM plan_team t JOIN plan_revision r ON r.id = t.revision_id
             WHERE r.plan_id = :plan AND r.revision = :revision ORDER BY t.position""")
        .param("plan", planId).param("revision", revision)
        .query((rs, row) -> new ProposedCandidate(rs.getInt("position"), rs.getString("name"), null)).list();
  }

  public List<ProposedCandidate> nominatedSocieties(long planId, int revision) {
    return jdbc.sql("""
            SELECT n.position, n.name, n.region FROM plan_nominee n JOIN plan_revision r ON r.id = n.revision_id
             WHERE r.plan_id = :plan AND r.revision = :revision ORDER BY n.position""")
        .param("plan", planId).param("revision", revision)
        .query((rs, row) -> new ProposedCandidate(rs.getInt("position"), rs.getString("name"), rs.getString("region"))).list();
  }

  public List<ProposedCandidate> proposedVenues(long planId, int revision) {
    return jdbc.sql("""
            SELECT v.position, v.name, v.venue_kind FROM plan_venue v JOIN plan_revision r ON r.id = v.revision_id
             WHERE r.plan_id = :plan AND r.revision = :revision ORDER BY v.position""")
        .param("plan", planId).param("revision", revision)
        .query((rs, row) -> new ProposedCandidate(rs.getInt("position"), rs.getString("name"), rs.getString("venue_kind")))
        .list();
  }

  /** How the plan's current revision describes the venue at the position, if it still proposes one there. */
  public Optional<VenueProposal> venueProposal(long planId, int position) {
    return jdbc.sql("""
            SELECT v.venue_kind, v.address, v.organizer FROM plan_venue v
              JOIN plan_revision r ON r.id = v.revision_id
              JOIN preparation_plan p ON p.id = r.plan_id AND r.revision = p.current_revision
             WHERE p.id = :plan AND v.position = :position""")
        .param("plan", planId).param("position", position)
        .query((rs, row) -> new VenueProposal(rs.getString("venue_kind"), rs.getString("address"), rs.getString("organizer")))
        .optional();
  }
  /** What a reviewer needs to see of a submitted revision: host, activity name and plan text. */
  public Map<String, String> revisionSummary(long planId, int revision) {
    return jdbc.sql("""
            SELECT host_organization, activity_name, plan_text FROM plan_revision WHERE plan_id = :plan AND revision = :revision""")
        .param("plan", planId).param("revision", revision)
        .query((rs, row) -> Map.of("hostOrganization", rs.getString("host_organization"),
            "activityName", rs.getString("activity_name"), "planText", rs.getString("plan_text")))
        .single();
  }

  public void insertDecision(long planId, int revision, PlanDecision decision, String comment, String decidedBy) {
    jdbc.sql("""
            INSERT INTO plan_decision (plan_id, revision, decision, comment, decided_by, decided_at)
            VALUES (:plan, :revision, :decision, :comment, :by, :now)""")
        .param("plan", planId).param("revision", revision).param("decision", decision.name())
        .param("comment", comment).param("by", decidedBy).param("now", OffsetDateTime.now(clock))
        .update();
  }

  public Map<PlanStatus, Integer> countByStatus(String campaignId) {
    Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
    jdbc.sql("SELECT status, COUNT(*) AS n FROM preparation_plan WHERE campaign_id = :campaign GROUP BY status")
        .param("campaign", campaignId)
        .query(rs -> {
          counts.put(PlanStatus.valueOf(rs.getString("status")), rs.getInt("n"));
        });
    return counts;
  }

  /** The organisations of a campaign whose plan is in one of the statuses. */
  public List<String> orgCodesWithStatus(String campaignId, Collection<PlanStatus> statuses) {
    return jdbc.sql("SELECT org_code FROM preparation_plan WHERE campaign_id = :campaign AND status IN (:statuses) ORDER BY org_code")
        .param("campaign", campaignId).param("statuses", statuses.stream().map(Enum::name).toList())
        .query(String.class).list();
  }

  public List<PlanRecord> findWithStatus(String campaignId, PlanStatus status) {
    return jdbc.sql("""
            SELECT id, campaign_id, org_code, status, current_revision, process_instance_id FROM preparation_plan
             WHERE campaign_id = :campaign AND status = :status ORDER BY org_code""")
        .param("campaign", campaignId).param("status", status.name()).query(PlanRepository::map).list();
  }

  /** The plans still open in a campaign. */
  public List<PlanRecord> findUnsettled(String campaignId) {
    return jdbc.sql("""
            SELECT id, campaign_id, org_code, status, current_revision, process_instance_id FROM preparation_plan
             WHERE campaign_id = :campaign AND status IN ('NOT_STARTED', 'SUBMITTED', 'RETURNED', 'OVERDUE', 'EXTENDED')""")
        .param("campaign", campaignId).query(PlanRepository::map).list();
  }

  private static PlanRecord map(ResultSet rs, int row) throws SQLException {
    return new PlanRecord(rs.getLong("id"), rs.getString("campaign_id"), rs.getString("org_code"),
        PlanStatus.valueOf(rs.getString("status")), rs.getInt("current_revision"), rs.getString("process_instance_id"));
  }
}
