package cn.org.cast.volunteer.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganizationRepository {

  private static final String COLUMNS = "code, name, org_type, sector, region, email, leader_email";

  private final JdbcClient jdbc;

  OrganizationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Organization> findAllActive() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE active = TRUE ORDER BY code")
        .query(OrganizationRepository::map).list();
  }

  public List<Organization> findActiveByCodes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE active = TRUE AND code IN (:codes) ORDER BY code")
        .param("codes", codes).query(OrganizationRepository::map).list();
  }

  public Optional<Organization> findByCode(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organization WHERE code = :code")
        .param("code", code).query(OrganizationRepository::map).optional();
  }

  public long countActive() {
    return jdbc.sql("SELECT COUNT(*) FROM organization WHERE active = TRUE").query(Long.class).single();
  }

  /** Inserts or updates every organisation of the data file and deactivates those it no longer lists. */
  public void synchronize(List<Organization> organizations) {
    jdbc.sql("UPDATE organization SET active = FALSE").update();
    for (Organization org : organizations) {
      int updated = jdbc.sql("""
              UPDATE organization SET name = :name, org_type = :type, sector = :sector, region = :region,
                     email = :email, leader_email = :leader, active = TRUE
               WHERE code = :code""")
          .paramSource(params(org)).update();
      if (updated == 0) {
        jdbc.sql("""
                INSERT INTO organization (code, name, org_type, sector, region, email, leader_email, active)
                VALUES (:code, :name, :type, :sector, :region, :email, :leader, TRUE)""")
            .paramSource(params(org)).update();
      }
    }
  }

  private static Map<String, Object> params(Organization org) {
    Map<String, Object> params = new HashMap<>();
    params.put("code", org.code());
    params.put("name", org.name());
    params.put("type", org.type().name());
    params.put("sector", org.sector());
    params.put("region", org.region());
    params.put("email", org.email());
    params.put("leader", org.leaderEmail());
    return params;
  }

  private static Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(rs.getString("code"), rs.getString("name"),
        OrganizationType.valueOf(rs.getString("org_type")), rs.getString("sector"),
        rs.getString("region"), rs.getString("email"), rs.getString("leader_email"));
  }
}
