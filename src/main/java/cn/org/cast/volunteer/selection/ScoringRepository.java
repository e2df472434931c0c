package cn.org.cast.volunteer.selection;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ScoringRepository {

  /** One reviewer's score of a plan (null total while not yet scored). */
  public record Score(long planId, String reviewer, Double total, String comment) {}

  private final JdbcClient jdbc;
  private final Clock clock;

  ScoringRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public Set<String> declaredConflicts(String reviewer) {
    return new TreeSet<>(jdbc.sql("SELECT org_code FROM reviewer_conflict WHERE reviewer = :r").param("r", reviewer)
        .query(String.class).list());
  }

  /** Idempotent: a conflict declared before keeps its first reason. */
  public void declareConflict(String reviewer, String orgCode, String reason) {
    jdbc.sql("""
            INSERT INTO reviewer_conflict (reviewer, org_code, declared_at, reason)
            SELECT :r, :o, :now, :reason WHERE NOT EXISTS (SELECT 1 FROM reviewer_conflict WHERE reviewer = :r AND org_code = :o)""")
        .param("r", reviewer).param("o", orgCode).param("now", OffsetDateTime.now(clock)).param("reason", reason).update();
  }

  /** Idempotent: an assignment made before (a retried job) is kept as it is. */
  public void assign(long planId, int revision, String reviewer) {
    jdbc.sql("""
            INSERT INTO plan_score (plan_id, revision, reviewer, assigned_at)
            SELECT :p, :rev, :r, :now WHERE NOT EXISTS (SELECT 1 FROM plan_score WHERE plan_id = :p AND reviewer = :r)""")
        .param("p", planId).param("rev", revision).param("r", reviewer).param("now", OffsetDateTime.now(clock)).update();
  }

  /** Whether the reviewer was given the plan to score. */
  public boolean isAssigned(long planId, String reviewer) {
    return jdbc.sql("SELECT COUNT(*) FROM plan_score WHERE plan_id = :p AND reviewer = :r").param("p", planId)
        .param("r", reviewer).query(Long.class).single() > 0;
  }

  /** The assignments of a campaign as "planId:reviewer", in a stable order. */
  public List<String> assignments(String campaignId) {
    return jdbc.sql("""
            SELECT s.plan_id || ':' || s.reviewer FROM plan_score s JOIN preparation_plan p ON p.id = s.plan_id
             WHERE p.campaign_id = :c ORDER BY s.plan_id, s.reviewer""")
        .param("c", campaignId).query(String.class).list();
  }

  public void record(long planId, String reviewer, String points, double total, String comment) {
    jdbc.sql("""
            UPDATE plan_score SET points = :points, total = :total, comment = :comment, scored_at = :now
             WHERE plan_id = :p AND reviewer = :r""")
        .param("points", points).param("total", total).param("comment", comment).param("now", OffsetDateTime.now(clock))
        .param("p", planId).param("r", reviewer).update();
  }

  public List<Score> scoresOf(long planId) {
    return jdbc.sql("SELECT plan_id, reviewer, total, comment FROM plan_score WHERE plan_id = :p ORDER BY reviewer")
        .param("p", planId)
        .query((rs, row) -> new Score(rs.getLong("plan_id"), rs.getString("reviewer"),
            rs.getObject("total") == null ? null : rs.getDouble("total"), rs.getString("comment")))
        .list();
  }

  public List<Long> scoredPlans(String campaignId) {
    return jdbc.sql("""
            SELECT DISTINCT s.plan_id FROM plan_score s JOIN preparation_plan p ON p.id = s.plan_id
             WHERE p.campaign_id = :c AND s.total IS NOT NULL ORDER BY s.plan_id""")
        .param("c", campaignId).query(Long.class).list();
  }

  public void saveResult(long planId, ScoreAggregate aggregate) {
    jdbc.sql("DELETE FROM plan_score_result WHERE plan_id = :p").param("p", planId).update();
    jdbc.sql("""
            INSERT INTO plan_score_result (plan_id, mean_score, lowest_score, spread, disputed, final_score)
            VALUES (:p, :mean, :lowest, :spread, :disputed, :final)""")
        .param("p", planId).param("mean", aggregate.mean()).param("lowest", aggregate.lowest())
        .param("spread", aggregate.spread()).param("disputed", aggregate.disputed())
        .param("final", aggregate.disputed() ? null : aggregate.mean())
        .update();
  }

  public void agree(long planId, double score, String reason, String decidedBy) {
    jdbc.sql("""
            UPDATE plan_score_result SET final_score = :score, final_reason = :reason, decided_by = :by, decided_at = :now
             WHERE plan_id = :p""")
        .param("score", score).param("reason", reason).param("by", decidedBy).param("now", OffsetDateTime.now(clock))
        .param("p", planId).update();
  }

  public Double lowestScore(long planId) {
    return jdbc.sql("SELECT lowest_score FROM plan_score_result WHERE plan_id = :p").param("p", planId)
        .query(Double.class).optional().orElse(null);
  }

  public Double finalScore(long planId) {
    return jdbc.sql("SELECT final_score FROM plan_score_result WHERE plan_id = :p").param("p", planId)
        .query(Double.class).optional().orElse(null);
  }
}
