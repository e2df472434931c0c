package cn.org.cast.volunteer.selection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SelectionRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  SelectionRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void replaceProposal(String campaignId, Proposal proposal) {
    jdbc.sql("DELETE FROM selection_entry WHERE campaign_id = :c AND pool = :pool").param("c", campaignId)
        .param("pool", proposal.pool().name()).update();
    proposal.selected().forEach(p -> insert(campaignId, p, SelectionStatus.SELECTED));
    proposal.waitlist().forEach(p -> insert(campaignId, p, SelectionStatus.WAITLISTED));
    proposal.notQualified().forEach(p -> insert(campaignId, p, SelectionStatus.NOT_QUALIFIED));
  }

  private void insert(String campaignId, Proposal.Placement placement, SelectionStatus status) {
    Candidate c = placement.candidate();
    jdbc.sql("""
            INSERT INTO selection_entry (campaign_id, pool, candidate_id, name, host_code, region, activity_kind, score,
                                         rank_in_pool, status, reason)
            VALUES (:c, :pool, :id, :name, :host, :region, :kind, :score, :rank, :status, :reason)""")
        .param("c", campaignId).param("pool", c.pool().name()).param("id", c.id()).param("name", c.name())
        .param("host", c.hostCode()).param("region", c.region()).param("kind", c.activityKind())
        .param("score", c.score()).param("rank", placement.rank()).param("status", status.name())
        .param("reason", placement.reason())
        .update();
  }

  public boolean hasEntries(String campaignId) {
    return jdbc.sql("SELECT COUNT(*) FROM selection_entry WHERE campaign_id = :c").param("c", campaignId)
        .query(Long.class).single() > 0;
  }

  public List<SelectionEntry> entries(String campaignId, Pool pool) {
    return jdbc.sql("""
            SELECT pool, candidate_id, name, host_code, region, activity_kind, score, rank_in_pool, status, reason
              FROM selection_entry WHERE campaign_id = :c AND pool = :pool ORDER BY rank_in_pool""")
        .param("c", campaignId).param("pool", pool.name())
        .query((rs, row) -> new SelectionEntry(Pool.valueOf(rs.getString("pool")), rs.getString("candidate_id"),
            rs.getString("name"), rs.getString("host_code"), rs.getString("region"), rs.getString("activity_kind"),
            rs.getDouble("score"), rs.getInt("rank_in_pool"), rs.getString("status"), rs.getString("reason")))
        .list();
  }

  public void change(String campaignId, SelectionEntry entry, SelectionStatus to, String reason, String changedBy) {
    jdbc.sql("""
            INSERT INTO selection_change (campaign_id, pool, candidate_id, from_status, to_status, reason, changed_by, changed_at)
            VALUES (:c, :pool, :id, :from, :to, :reason, :by, :now)""")
        .param("c", campaignId).param("pool", entry.pool().name()).param("id", entry.candidateId())
        .param("from", entry.status()).param("to", to.name()).param("reason", reason).param("by", changedBy)
        .param("now", OffsetDateTime.now(clock)).update();
    jdbc.sql("UPDATE selection_entry SET status = :to, reason = :reason WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id")
        .param("to", to.name()).param("reason", "委员会调整：" + reason).param("c", campaignId)
        .param("pool", entry.pool().name()).param("id", entry.candidateId()).update();
  }
}
