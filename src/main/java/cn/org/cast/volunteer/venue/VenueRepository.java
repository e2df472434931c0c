package cn.org.cast.volunteer.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VenueRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  VenueRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Adds a selected venue, or leaves the one already there (preparing the symposium again adds nothing). */
  public void add(String campaignId, String code, String candidateId, String name, String hostCode, String region,
      String venueKind, String address, String organizer) {
    boolean present = jdbc.sql("SELECT COUNT(*) FROM sub_venue WHERE campaign_id = :c AND candidate_id = :id")
        .param("c", campaignId).param("id", candidateId).query(Long.class).single() > 0;
    if (present) {
      return;
    }
    jdbc.sql("""
            INSERT INTO sub_venue (campaign_id, code, candidate_id, name, host_code, region, venue_kind, address,
                                   organizing_unit, programme_mode, state, state_since)
            VALUES (:c, :code, :id, :name, :host, :region, :kind, :address, :organizer, :mode, :state, :now)""")
        .param("c", campaignId).param("code", code).param("id", candidateId).param("name", name)
        .param("host", hostCode).param("region", region).param("kind", venueKind).param("address", address)
        .param("organizer", organizer).param("mode", ProgrammeMode.LIVE.name())
        .param("state", VenueState.REGISTERING.name()).param("now", OffsetDateTime.now(clock)).update();
  }

  public Optional<SubVenue> find(String campaignId, String code) {
    return jdbc.sql("SELECT * FROM sub_venue WHERE campaign_id = :c AND code = :code").param("c", campaignId)
        .param("code", code).query(VenueRepository::venue).optional();
  }

  public List<SubVenue> all(String campaignId) {
    return jdbc.sql("SELECT * FROM sub_venue WHERE campaign_id = :c ORDER BY code").param("c", campaignId)
        .query(VenueRepository::venue).list();
  }

  public void register(String campaignId, String code, SubVenue.Registration r) {
    jdbc.sql("""
            UPDATE sub_venue SET address = :address, venue_kind = :kind, host_unit = :host, organizing_unit = :org,
                   contact_name = :contact, contact_mobile = :mobile, endpoint_kind = :endpointKind,
                   endpoint = :endpoint, registered_at = :now
             WHERE campaign_id = :c AND code = :code""")
        .param("address", r.address()).param("kind", r.venueKind()).param("host", r.hostUnit())
        .param("org", r.organizingUnit()).param("contact", r.contactName()).param("mobile", r.contactMobile())
        .param("endpointKind", r.endpointKind()).param("endpoint", r.endpoint()).param("now", OffsetDateTime.now(clock))
        .param("c", campaignId).param("code", code).update();
  }

  public void scheduleRehearsal(String campaignId, String code, OffsetDateTime slot) {
    update(campaignId, code, "rehearsal_slot = :v", slot);
  }

  public void recordedVideo(String campaignId, String code, String link) {
    update(campaignId, code, "recorded_video = :v", link);
  }

  public void programmeMode(String campaignId, String code, ProgrammeMode mode) {
    update(campaignId, code, "programme_mode = :v", mode.name());
  }

  public void outcome(String campaignId, String code, boolean held, String mediaLink) {
    jdbc.sql("UPDATE sub_venue SET held = :held, media_link = :media WHERE campaign_id = :c AND code = :code")
        .param("held", held).param("media", mediaLink).param("c", campaignId).param("code", code).update();
  }

  /** Moves the venue to a state and keeps the change on record. */
  public void enter(String campaignId, String code, VenueState from, VenueState to, FallbackMode fallback,
      String changedBy) {
    // The engine's clock, like the timers that open the live phase (a rehearsal of the day runs on it too).
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    jdbc.sql("""
            UPDATE sub_venue SET state = :to, fallback_mode = :fallback, state_since = :now
             WHERE campaign_id = :c AND code = :code""")
        .param("to", to.name()).param("fallback", fallback == null ? null : fallback.name()).param("now", now)
        .param("c", campaignId).param("code", code).update();
    jdbc.sql("""
            INSERT INTO venue_state_change (campaign_id, venue_code, from_state, to_state, changed_by, changed_at)
            VALUES (:c, :code, :from, :to, :by, :now)""")
        .param("c", campaignId).param("code", code).param("from", from == null ? null : from.name())
        .param("to", to.name()).param("by", changedBy).param("now", now).update();
  }

  public List<VenueState> stateHistory(String campaignId, String code) {
    return jdbc.sql("SELECT to_state FROM venue_state_change WHERE campaign_id = :c AND venue_code = :code ORDER BY id")
        .param("c", campaignId).param("code", code).query(String.class).list().stream().map(VenueState::valueOf)
        .toList();
  }

  public void addRehearsal(String campaignId, String code, SubVenue.Rehearsal rehearsal, String recordedBy) {
    jdbc.sql("""
            INSERT INTO rehearsal_result (campaign_id, venue_code, attempt, video_ok, audio_ok, latency_ms,
                                          picture_quality, passed, notes, recorded_by, recorded_at)
            VALUES (:c, :code, :attempt, :video, :audio, :latency, :quality, :passed, :notes, :by, :at)""")
        .param("c", campaignId).param("code", code).param("attempt", rehearsal.attempt())
        .param("video", rehearsal.videoOk()).param("audio", rehearsal.audioOk()).param("latency", rehearsal.latencyMs())
        .param("quality", rehearsal.quality().name()).param("passed", rehearsal.passed()).param("notes", rehearsal.notes())
        .param("by", recordedBy).param("at", rehearsal.recordedAt()).update();
  }

  public List<SubVenue.Rehearsal> rehearsals(String campaignId, String code) {
    return jdbc.sql("SELECT * FROM rehearsal_result WHERE campaign_id = :c AND venue_code = :code ORDER BY attempt")
        .param("c", campaignId).param("code", code).query((rs, row) -> rehearsal(rs)).list();
  }

  /** Each venue's latest connection test, by venue code: one query for the whole campaign. */
  public Map<String, SubVenue.Rehearsal> latestRehearsals(String campaignId) {
    Map<String, SubVenue.Rehearsal> latest = new HashMap<>();
    jdbc.sql("""
            SELECT * FROM rehearsal_result r WHERE r.campaign_id = :c AND r.attempt = (
              SELECT MAX(m.attempt) FROM rehearsal_result m WHERE m.campaign_id = r.campaign_id AND m.venue_code = r.venue_code)""")
        .param("c", campaignId).query(rs -> {
          latest.put(rs.getString("venue_code"), rehearsal(rs));
        });
    return latest;
  }

  private static SubVenue.Rehearsal rehearsal(ResultSet rs) throws SQLException {
    return new SubVenue.Rehearsal(rs.getInt("attempt"), rs.getBoolean("video_ok"), rs.getBoolean("audio_ok"),
        rs.getInt("latency_ms"), PictureQuality.valueOf(rs.getString("picture_quality")), rs.getBoolean("passed"),
        rs.getString("notes"), rs.getObject("recorded_at", OffsetDateTime.class));
  }


  private void update(String campaignId, String code, String assignment, Object value) {
    jdbc.sql("UPDATE sub_venue SET " + assignment + " WHERE campaign_id = :c AND code = :code").param("v", value)
        .param("c", campaignId).param("code", code).update();
  }

  private static SubVenue venue(ResultSet rs, int row) throws SQLException {
    String fallback = rs.getString("fallback_mode");
    return new SubVenue(rs.getString("campaign_id"), rs.getString("code"), rs.getString("candidate_id"),
        rs.getString("name"), rs.getString("host_code"), rs.getString("region"), rs.getString("venue_kind"),
        rs.getString("address"), rs.getString("host_unit"), rs.getString("organizing_unit"),
        rs.getString("contact_name"), rs.getString("contact_mobile"), rs.getString("endpoint_kind"),
        rs.getString("endpoint"), rs.getObject("rehearsal_slot", OffsetDateTime.class),
        ProgrammeMode.valueOf(rs.getString("programme_mode")), VenueState.valueOf(rs.getString("state")),
        fallback == null ? null : FallbackMode.valueOf(fallback), rs.getObject("state_since", OffsetDateTime.class),
        rs.getString("recorded_video"), (Boolean) rs.getObject("held"), rs.getString("media_link"));
  }
}
