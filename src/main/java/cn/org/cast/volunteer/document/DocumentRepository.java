package cn.org.cast.volunteer.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DocumentRepository {

  private static final String COLUMNS = """
      id, plan_id, revision, kind, file_name, content_type, size_bytes, sha256, storage_key, uploaded_by, uploaded_at""";

  private final JdbcClient jdbc;
  private final Clock clock;

  DocumentRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void insert(long planId, int revision, DocumentKind kind, String fileName, DocumentFormat format, long size,
      String sha256, String storageKey, String uploadedBy) {
    jdbc.sql("""
            INSERT INTO plan_document (plan_id, revision, kind, file_name, content_type, size_bytes, sha256, storage_key,
                                       uploaded_by, uploaded_at)
            VALUES (:plan, :revision, :kind, :name, :type, :size, :sha, :key, :by, :now)""")
        .param("plan", planId).param("revision", revision).param("kind", kind.name()).param("name", fileName)
        .param("type", format.contentType()).param("size", size).param("sha", sha256).param("key", storageKey)
        .param("by", uploadedBy).param("now", OffsetDateTime.now(clock))
        .update();
  }

  public List<PlanDocument> forRevision(long planId, int revision) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM plan_document WHERE plan_id = :plan AND revision = :revision ORDER BY kind")
        .param("plan", planId).param("revision", revision).query(DocumentRepository::map).list();
  }

  public Optional<PlanDocument> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM plan_document WHERE id = :id").param("id", id)
        .query(DocumentRepository::map).optional();
  }

  public void delete(long id) {
    jdbc.sql("DELETE FROM plan_document WHERE id = :id").param("id", id).update();
  }

  private static PlanDocument map(ResultSet rs, int row) throws SQLException {
    return new PlanDocument(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("revision"),
        DocumentKind.valueOf(rs.getString("kind")), rs.getString("file_name"), rs.getString("content_type"),
        rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("storage_key"), rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class));
  }
}
