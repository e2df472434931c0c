package cn.org.cast.volunteer.demand;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.team.ServiceField;

/** The innovation problem demand library (创新难题需求库). */
@Repository
class DemandRepository {

  private static final String SELECT = """
      SELECT d.*, o.name AS owner_name FROM innovation_demand d JOIN organization o ON o.code = d.owner_code""";
  private static final String NEWEST_FIRST = " ORDER BY d.submitted_at DESC, d.id DESC";

  private final JdbcClient jdbc;
  private final Clock clock;

  DemandRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a new demand, waiting for triage; returns its id. */
  public long insert(DemandSubmission demand, String ownerCode, DemandChannel channel, String enteredBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO innovation_demand (title, description, submitter_kind, submitter_name, contact_name,
                   contact_mobile, region, tech_field, service_kind, key_core_technology, owner_code, channel,
                   entered_by, submitted_at, status)
            VALUES (:title, :description, :kind, :submitter, :contact, :mobile, :region, :tech, :service, :keyCore,
                    :owner, :channel, :enteredBy, :now, :status)""")
        .param("title", demand.title()).param("description", demand.description())
        .param("kind", demand.submitterKind().name()).param("submitter", demand.submitterName())
        .param("contact", demand.contactName()).param("mobile", demand.contactMobile()).param("region", demand.region())
        .param("tech", demand.techField().name()).param("service", demand.serviceKind().name())
        .param("keyCore", demand.keyCoreTechnology()).param("owner", ownerCode).param("channel", channel.name())
        .param("enteredBy", enteredBy).param("now", OffsetDateTime.now(clock)).param("status", DemandStatus.SUBMITTED.name())
        .update(key, "id");
    return key.getKey().longValue();
  }

  public boolean any() {
    return jdbc.sql("SELECT COUNT(*) FROM innovation_demand").query(Long.class).single() > 0;
  }

  public Optional<Demand> find(long id) {
    return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DemandRepository::demand).optional();
  }

  /** The triage's outcome, only on a demand still waiting for it; false when it was triaged already. */
  public boolean triage(long id, DemandStatus status, Long mergedInto, String declineReason, String triagedBy) {
    return jdbc.sql("""
            UPDATE innovation_demand SET status = :status, merged_into = :merged, decline_reason = :reason,
                   triaged_by = :by, triaged_at = :now
             WHERE id = :id AND status = :waiting""")
        .param("status", status.name()).param("merged", mergedInto).param("reason", declineReason)
        .param("by", triagedBy).param("now", OffsetDateTime.now(clock)).param("id", id)
        .param("waiting", DemandStatus.SUBMITTED.name()).update() == 1;
  }

  /** The owner's demands another may still be merged into, newest first: where duplicates are looked for. */
  public List<Demand> mergeTargets(String ownerCode, long exceptId, int limit) {
    return jdbc.sql(SELECT + " WHERE d.owner_code = :owner AND d.id <> :id AND d.status NOT IN (:closed)" + NEWEST_FIRST
            + " FETCH FIRST :limit ROWS ONLY")
        .param("owner", ownerCode).param("id", exceptId).param("limit", limit)
        .param("closed", List.of(DemandStatus.MERGED.name(), DemandStatus.DECLINED.name()))
        .query(DemandRepository::demand).list();
  }

  /** The demands merged into this one. */
  public List<Demand> mergedInto(long id) {
    return jdbc.sql(SELECT + " WHERE d.merged_into = :id ORDER BY d.id").param("id", id)
        .query(DemandRepository::demand).list();
  }

  public List<Demand> search(DemandQuery query, int offset, int limit) {
    Where where = where(query);
    return jdbc.sql(SELECT + where.sql() + NEWEST_FIRST + " OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
        .params(where.params()).param("offset", offset).param("limit", limit)
        .query(DemandRepository::demand).list();
  }

  public long count(DemandQuery query) {
    Where where = where(query);
    return jdbc.sql("SELECT COUNT(*) FROM innovation_demand d" + where.sql()).params(where.params())
        .query(Long.class).single();
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(DemandQuery query) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    conditions.add("d.status IN (:statuses)");
    params.put("statuses", query.statuses().stream().map(Enum::name).toList());
    if (query.text() != null) {
      conditions.add("(d.title LIKE :text ESCAPE '\\' OR d.description LIKE :text ESCAPE '\\'"
          + " OR d.submitter_name LIKE :text ESCAPE '\\')");
      params.put("text", "%" + query.text().replaceAll("([\\\\%_])", "\\\\$1") + "%");
    }
    optional(conditions, params, "d.tech_field", query.techField() == null ? null : query.techField().name());
    optional(conditions, params, "d.region", query.region());
    optional(conditions, params, "d.service_kind", query.serviceKind() == null ? null : query.serviceKind().name());
    optional(conditions, params, "d.key_core_technology", query.keyCore());
    optional(conditions, params, "d.owner_code", query.ownerCode());
    return new Where(" WHERE " + String.join(" AND ", conditions), params);
  }

  private static void optional(List<String> conditions, Map<String, Object> params, String column, Object value) {
    if (value != null) {
      String name = "p" + params.size();
      conditions.add(column + " = :" + name);
      params.put(name, value);
    }
  }

  private static Demand demand(ResultSet rs, int row) throws SQLException {
    return new Demand(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
        SubmitterKind.valueOf(rs.getString("submitter_kind")), rs.getString("submitter_name"),
        rs.getString("contact_name"), rs.getString("contact_mobile"), rs.getString("region"),
        TechField.valueOf(rs.getString("tech_field")), ServiceField.valueOf(rs.getString("service_kind")),
        rs.getBoolean("key_core_technology"), rs.getString("owner_code"), rs.getString("owner_name"),
        DemandChannel.valueOf(rs.getString("channel")), rs.getString("entered_by"),
        rs.getObject("submitted_at", OffsetDateTime.class), DemandStatus.valueOf(rs.getString("status")),
        rs.getObject("merged_into", Long.class), rs.getString("decline_reason"), rs.getString("triaged_by"),
        rs.getObject("triaged_at", OffsetDateTime.class), rs.getObject("project_id", Long.class),
        rs.getString("project_result"));
  }

  public List<ProjectDemand> projectDemands(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM innovation_demand WHERE id IN (:ids) ORDER BY id").param("ids", ids)
        .query(DemandRepository::projectDemand).list();
  }

  public List<ProjectDemand> demandsOfProject(long projectId) {
    return jdbc.sql("SELECT * FROM innovation_demand WHERE project_id = :id ORDER BY id").param("id", projectId)
        .query(DemandRepository::projectDemand).list();
  }

  public void takeOn(long projectId, Collection<Long> demandIds) {
    jdbc.sql("UPDATE innovation_demand SET status = :status, project_id = :project WHERE id IN (:ids)")
        .param("status", DemandStatus.IN_PROJECT.name()).param("project", projectId).param("ids", demandIds).update();
  }

  public void release(long projectId) {
    jdbc.sql("UPDATE innovation_demand SET status = :status, project_id = NULL WHERE project_id = :project")
        .param("status", DemandStatus.ACCEPTED.name()).param("project", projectId).update();
  }

  public void recordResults(long projectId, Map<Long, String> results) {
    results.forEach((demandId, result) -> jdbc.sql("""
            UPDATE innovation_demand SET status = :status, project_result = :result
             WHERE id = :id AND project_id = :project""")
        .param("status", DemandStatus.SERVED.name()).param("result", result).param("id", demandId)
        .param("project", projectId).update());
  }

  private static ProjectDemand projectDemand(ResultSet rs, int row) throws SQLException {
    long project = rs.getLong("project_id");
    return new ProjectDemand(rs.getLong("id"), rs.getString("title"), rs.getString("owner_code"),
        DemandStatus.valueOf(rs.getString("status")), rs.wasNull() ? null : project, rs.getString("project_result"));
  }
}
