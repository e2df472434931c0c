package cn.org.cast.volunteer.honour;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;


/** The nominations, the projects they rest on, and what the shared tables say about a team's grounds. */
@Repository
class ModelRepository {

  private static final String SELECT = """
      SELECT m.*, t.name AS team_name, o.name AS org_name, c.name AS campaign_name
        FROM model_nomination m JOIN volunteer_team t ON t.id = m.team_id JOIN organization o ON o.code = m.org_code
        LEFT JOIN campaign c ON c.id = m.source_campaign""";

  private final JdbcClient jdbc;
  private final Clock clock;

  ModelRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records a nomination, waiting for review; returns its id. */
  public long nominate(ModelProposal proposal, long teamId, String orgCode, String sourceCampaign, String nominator) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO model_nomination (kind, team_id, org_code, person_name, person_role, source_campaign, deeds,
                                          case_title, case_text, status, nominated_by, nominated_at)
            VALUES (:kind, :team, :org, :person, :role, :campaign, :deeds, :title, :text, :status, :by, :now)""")
        .params(proposalParams(proposal, teamId, sourceCampaign)).param("org", orgCode).param("by", nominator)
        .param("now", OffsetDateTime.now(clock)).update(key, "id");
    long id = key.getKey().longValue();
    replaceSources(id, proposal.projectIds());
    return id;
  }

  /** The nominator's corrected nomination after it was sent back: waiting for review again. */
  public void revise(long id, ModelProposal proposal, long teamId, String sourceCampaign) {
    jdbc.sql("""
            UPDATE model_nomination SET kind = :kind, team_id = :team, person_name = :person, person_role = :role,
                   source_campaign = :campaign, deeds = :deeds, case_title = :title, case_text = :text, status = :status
             WHERE id = :id""")
        .params(proposalParams(proposal, teamId, sourceCampaign)).param("id", id).update();
    replaceSources(id, proposal.projectIds());
  }

  /** The reviewers' decision; a published one bears its citation and the moment it was published. */
  public void decide(long id, NominationStatus status, String decidedBy, String comment, String citation) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.sql("""
            UPDATE model_nomination SET status = :status, decided_by = :by, decided_at = :now, decision_comment = :comment,
                   citation = :citation, published_at = :published WHERE id = :id""")
        .param("status", status.name()).param("by", decidedBy).param("now", now).param("comment", comment)
        .param("citation", citation).param("published", status == NominationStatus.PUBLISHED ? now : null)
        .param("id", id).update();
  }

  public Optional<Nomination> find(long id) {
    return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(ModelRepository::nomination).optional();
  }

  /** Published entries, newest first, of one kind and/or published within [from, to) when given. */
  public List<Nomination> published(ModelKind kind, OffsetDateTime from, OffsetDateTime to) {
    // Conditions only for what is given: PostgreSQL cannot type a parameter that is only compared with NULL.
    Map<String, Object> params = new LinkedHashMap<>(Map.of("published", NominationStatus.PUBLISHED.name()));
    StringBuilder where = new StringBuilder(" WHERE m.status = :published");
    if (kind != null) {
      where.append(" AND m.kind = :kind");
      params.put("kind", kind.name());
    }
    if (from != null) {
      where.append(" AND m.published_at >= :from AND m.published_at < :to");
      params.put("from", from);
      params.put("to", to);
    }
    return jdbc.sql(SELECT + where + " ORDER BY m.published_at DESC, m.id DESC").params(params)
        .query(ModelRepository::nomination).list();
  }

  /** Every nomination, newest first; only the given organisations' unless null. */
  public List<Nomination> all(Collection<String> orgCodes) {
    if (orgCodes != null && orgCodes.isEmpty()) {
      return List.of();
    }
    String where = orgCodes == null ? "" : " WHERE m.org_code IN (:orgs)";
    var query = jdbc.sql(SELECT + where + " ORDER BY m.nominated_at DESC, m.id DESC");
    return (orgCodes == null ? query : query.param("orgs", orgCodes)).query(ModelRepository::nomination).list();
  }

  /** The nomination of this team (or person in it) still with the reviewers or the nominator, other than one. */
  public Optional<Long> openNomination(ModelKind kind, long teamId, String personName, long except) {
    String person = personName == null ? "" : " AND person_name = :person";
    var query = jdbc.sql("""
            SELECT id FROM model_nomination
             WHERE kind = :kind AND team_id = :team AND status IN (:open) AND id <> :except""" + person)
        .param("kind", kind.name()).param("team", teamId)
        .param("open", List.of(NominationStatus.NOMINATED.name(), NominationStatus.RETURNED.name()))
        .param("except", except);
    return (personName == null ? query : query.param("person", personName)).query(Long.class).list().stream().findFirst();
  }

  /** The ids of the projects each nomination rests on, in order. */
  public Map<Long, List<Long>> sourceProjectIds(Collection<Long> nominationIds) {
    Map<Long, List<Long>> byNomination = new LinkedHashMap<>();
    if (nominationIds.isEmpty()) {
      return byNomination;
    }
    jdbc.sql("""
            SELECT nomination_id, project_id FROM model_source_project
             WHERE nomination_id IN (:nominations) ORDER BY project_id""")
        .param("nominations", nominationIds)
        .query((rs, row) -> Map.entry(rs.getLong("nomination_id"), rs.getLong("project_id"))).list()
        .forEach(entry -> byNomination.computeIfAbsent(entry.getKey(), id -> new ArrayList<>()).add(entry.getValue()));
    return byNomination;
  }

  private void replaceSources(long id, List<Long> projectIds) {
    jdbc.sql("DELETE FROM model_source_project WHERE nomination_id = :id").param("id", id).update();
    for (long project : projectIds) {
      jdbc.sql("INSERT INTO model_source_project (nomination_id, project_id) VALUES (:id, :project)")
          .param("id", id).param("project", project).update();
    }
  }

  private static Map<String, Object> proposalParams(ModelProposal proposal, long teamId, String sourceCampaign) {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("kind", proposal.kind().name());
    params.put("team", teamId);
    params.put("person", proposal.personName());
    params.put("role", proposal.personRole());
    params.put("campaign", sourceCampaign);
    params.put("deeds", proposal.deeds());
    params.put("title", proposal.caseTitle());
    params.put("text", proposal.caseText());
    params.put("status", NominationStatus.NOMINATED.name());
    return params;
  }

  private static Nomination nomination(ResultSet rs, int row) throws SQLException {
    return new Nomination(rs.getLong("id"), ModelKind.valueOf(rs.getString("kind")), rs.getLong("team_id"),
        rs.getString("team_name"), rs.getString("org_code"), rs.getString("org_name"), rs.getString("person_name"),
        rs.getString("person_role"), rs.getString("source_campaign"), rs.getString("campaign_name"),
        rs.getString("deeds"), rs.getString("case_title"), rs.getString("case_text"),
        NominationStatus.valueOf(rs.getString("status")), rs.getString("nominated_by"),
        rs.getObject("nominated_at", OffsetDateTime.class), rs.getString("citation"), rs.getString("decided_by"),
        rs.getObject("decided_at", OffsetDateTime.class), rs.getString("decision_comment"),
        rs.getObject("published_at", OffsetDateTime.class));
  }
}
