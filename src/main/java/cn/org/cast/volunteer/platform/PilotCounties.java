package cn.org.cast.volunteer.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The pilot counties of the civilization practice centres: at every start, in every profile, the table is
 * made to match the data file the project keeps (counties it no longer lists are kept, inactive).
 */
@Component
class PilotCounties implements ApplicationRunner {

  static final String DATA_FILE = "registry/pilot-counties.csv";

  private final JdbcClient jdbc;

  PilotCounties(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    List<PilotCounty> counties = readDataFile();
    jdbc.sql("UPDATE pilot_county SET active = FALSE").update();
    for (int i = 0; i < counties.size(); i++) {
      PilotCounty county = counties.get(i);
      int updated = jdbc.sql("UPDATE pilot_county SET name = :name, province = :province, position = :position, "
              + "active = TRUE WHERE code = :code")
          .param("name", county.name()).param("province", county.province()).param("position", i + 1)
          .param("code", county.code()).update();
      if (updated == 0) {
        jdbc.sql("INSERT INTO pilot_county (code, name, province, position) VALUES (:code, :name, :province, :position)")
            .param("code", county.code()).param("name", county.name()).param("province", county.province())
            .param("position", i + 1).update();
      }
    }
  }

  /** The active pilot counties in the data file's order; of one province only unless province is null. */
  public List<PilotCounty> all(String province) {
    return jdbc.sql("SELECT code, name, province FROM pilot_county WHERE active ORDER BY position").query(PilotCounty.class)
        .list().stream().filter(county -> province == null || province.equals(county.province())).toList();
  }

  public static List<PilotCounty> readDataFile() {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream();
         MappingIterator<Map<String, String>> rows =
             new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
      return rows.readAll().stream().map(row -> new PilotCounty(row.get("code"), row.get("name"), row.get("province")))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
    }
  }
}
