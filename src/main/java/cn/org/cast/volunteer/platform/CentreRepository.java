package cn.org.cast.volunteer.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The registered grassroots centres. */
@Repository
class CentreRepository {

  private static final String SELECT = """
      SELECT id, name, kind, province, county_code, county_name, address, contact_name, contact_mobile, registered_by,
             registered_at
        FROM grassroots_centre""";

  private final JdbcClient jdbc;
  private final Clock clock;

  CentreRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long register(CentreRegistration centre, String registeredBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO grassroots_centre (name, kind, province, county_code, county_name, address, contact_name,
                                           contact_mobile, registered_by, registered_at)
            VALUES (:name, :kind, :province, :county, :countyName, :address, :contact, :mobile, :by, :now)""")
        .param("name", centre.name()).param("kind", centre.kind().name()).param("province", centre.province())
        .param("county", centre.countyCode()).param("countyName", centre.countyName()).param("address", centre.address())
        .param("contact", centre.contactName()).param("mobile", centre.contactMobile()).param("by", registeredBy)
        .param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<Centre> find(long id) {
    return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(CentreRepository::centre).optional();
  }

  public boolean exists(String countyCode, String name) {
    return jdbc.sql("SELECT COUNT(*) FROM grassroots_centre WHERE county_code = :county AND name = :name")
        .param("county", countyCode).param("name", name).query(Long.class).single() > 0;
  }

  /** The centres of one province, or of all when province is null, by county and number. */
  public List<Centre> list(String province) {
    if (province == null) {
      return jdbc.sql(SELECT + " ORDER BY county_code, id").query(CentreRepository::centre).list();
    }
    return jdbc.sql(SELECT + " WHERE province = :province ORDER BY county_code, id")
        .param("province", province).query(CentreRepository::centre).list();
  }

  public List<Centre> inCounties(Collection<String> countyCodes) {
    if (countyCodes.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SELECT + " WHERE county_code IN (:counties) ORDER BY county_code, id")
        .param("counties", countyCodes).query(CentreRepository::centre).list();
  }

  private static Centre centre(ResultSet rs, int row) throws SQLException {
    return new Centre(rs.getLong("id"), rs.getString("name"), CentreKind.valueOf(rs.getString("kind")),
        rs.getString("province"), rs.getString("county_code"), rs.getString("county_name"), rs.getString("address"),
        rs.getString("contact_name"), rs.getString("contact_mobile"), rs.getString("registered_by"),
        rs.getObject("registered_at", OffsetDateTime.class));
  }
}
