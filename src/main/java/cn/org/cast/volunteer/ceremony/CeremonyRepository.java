package cn.org.cast.volunteer.ceremony;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.selection.Pool;

/** Flag recipients, the running order, and the campaign's close. */
@Repository
class CeremonyRepository {

  /** A running-order item as stored; flags of a batch are the recipients with that batch number. */
  public record StoredItem(int position, LocalTime startsAt, int minutes, ProgrammeKind kind, String title,
      String presenter, Integer flagBatch, String venueCode) {}

  /** Where a selected venue was proposed: the plan's own description of it. */

  private final JdbcClient jdbc;
  private final Clock clock;

  CeremonyRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void addRecipient(String campaignId, Pool pool, String candidateId, String name, String hostCode,
      String region, int rank) {
    boolean present = jdbc.sql("SELECT COUNT(*) FROM flag_recipient WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id")
        .param("c", campaignId).param("pool", pool.name()).param("id", candidateId).query(Long.class).single() > 0;
    if (!present) {
      jdbc.sql("""
              INSERT INTO flag_recipient (campaign_id, pool, candidate_id, name, host_code, region, rank_in_pool)
              VALUES (:c, :pool, :id, :name, :host, :region, :rank)""")
          .param("c", campaignId).param("pool", pool.name()).param("id", candidateId).param("name", name)
          .param("host", hostCode).param("region", region).param("rank", rank).update();
    }
  }

  /** Every recipient, societies first, each pool in rank order. */
  public List<FlagRecipient> recipients(String campaignId) {
    return jdbc.sql("SELECT * FROM flag_recipient WHERE campaign_id = :c ORDER BY pool, rank_in_pool")
        .param("c", campaignId).query(CeremonyRepository::recipient).list();
  }

  public Optional<FlagRecipient> recipient(String campaignId, Pool pool, String candidateId) {
    return jdbc.sql("SELECT * FROM flag_recipient WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id")
        .param("c", campaignId).param("pool", pool.name()).param("id", candidateId)
        .query(CeremonyRepository::recipient).optional();
  }

  public void confirm(String campaignId, Pool pool, String candidateId, boolean attending, String name, String title,
      String mobile, String by) {
    jdbc.sql("""
            UPDATE flag_recipient SET attending = :attending, representative_name = :name, representative_title = :title,
                   representative_mobile = :mobile, confirmed_by = :by, confirmed_at = :now
             WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id""")
        .param("attending", attending).param("name", name).param("title", title).param("mobile", mobile)
        .param("by", by).param("now", OffsetDateTime.now(clock))
        .param("c", campaignId).param("pool", pool.name()).param("id", candidateId).update();
  }

  public void markEscalated(String campaignId, Pool pool, String candidateId) {
    jdbc.sql("UPDATE flag_recipient SET escalated_at = :now WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id")
        .param("now", OffsetDateTime.now(clock)).param("c", campaignId).param("pool", pool.name()).param("id", candidateId)
        .update();
  }

  /** Replaces the running order and each recipient's place in it. */
  public void replaceRunningOrder(String campaignId, List<StoredItem> items, List<RunningOrderBuilder.FlagSlot> slots) {
    jdbc.sql("DELETE FROM programme_item WHERE campaign_id = :c").param("c", campaignId).update();
    for (StoredItem item : items) {
      jdbc.sql("""
              INSERT INTO programme_item (campaign_id, position, starts_at, minutes, kind, title, presenter, flag_batch, venue_code)
              VALUES (:c, :position, :startsAt, :minutes, :kind, :title, :presenter, :batch, :venue)""")
          .param("c", campaignId).param("position", item.position()).param("startsAt", item.startsAt())
          .param("minutes", item.minutes()).param("kind", item.kind().name()).param("title", item.title())
          .param("presenter", item.presenter()).param("batch", item.flagBatch()).param("venue", item.venueCode())
          .update();
    }
    jdbc.sql("UPDATE flag_recipient SET flag_batch = NULL, flag_order = NULL, presenter = NULL WHERE campaign_id = :c")
        .param("c", campaignId).update();
    for (RunningOrderBuilder.FlagSlot slot : slots) {
      jdbc.sql("""
              UPDATE flag_recipient SET flag_batch = :batch, flag_order = :order, presenter = :presenter
               WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id""")
          .param("batch", slot.batch()).param("order", slot.order()).param("presenter", slot.presenter())
          .param("c", campaignId).param("pool", slot.pool().name()).param("id", slot.candidateId()).update();
    }
  }

  public List<StoredItem> runningOrder(String campaignId) {
    return jdbc.sql("SELECT * FROM programme_item WHERE campaign_id = :c ORDER BY position").param("c", campaignId)
        .query((rs, row) -> new StoredItem(rs.getInt("position"), rs.getObject("starts_at", LocalTime.class),
            rs.getInt("minutes"), ProgrammeKind.valueOf(rs.getString("kind")), rs.getString("title"),
            rs.getString("presenter"), (Integer) rs.getObject("flag_batch"), rs.getString("venue_code")))
        .list();
  }

  public void flagOutcome(String campaignId, Pool pool, String candidateId, boolean presented, boolean attended) {
    jdbc.sql("""
            UPDATE flag_recipient SET presented = :presented, attended = :attended
             WHERE campaign_id = :c AND pool = :pool AND candidate_id = :id""")
        .param("presented", presented).param("attended", attended).param("c", campaignId).param("pool", pool.name())
        .param("id", candidateId).update();
  }



  private static FlagRecipient recipient(ResultSet rs, int row) throws SQLException {
    return new FlagRecipient(Pool.valueOf(rs.getString("pool")), rs.getString("candidate_id"), rs.getString("name"),
        rs.getString("host_code"), rs.getString("region"), rs.getInt("rank_in_pool"), (Boolean) rs.getObject("attending"),
        rs.getString("representative_name"), rs.getString("representative_title"),
        rs.getString("representative_mobile"), rs.getObject("confirmed_at", OffsetDateTime.class),
        rs.getObject("escalated_at", OffsetDateTime.class), (Integer) rs.getObject("flag_batch"),
        (Integer) rs.getObject("flag_order"), rs.getString("presenter"), (Boolean) rs.getObject("presented"),
        (Boolean) rs.getObject("attended"));
  }
}
