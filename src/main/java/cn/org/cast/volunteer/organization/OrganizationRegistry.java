package cn.org.cast.volunteer.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/** Reads the registry data file the project keeps and makes the app's table match it. */
@Service
public class OrganizationRegistry {

  /** The region of the national societies (provincial associations carry their province's short name). */
  public static final String NATIONAL_REGION = "全国";

  static final String DATA_FILE = "registry/organizations.csv";

  private final OrganizationRepository repository;

  public OrganizationRegistry(OrganizationRepository repository) {
    this.repository = repository;
  }

  @Transactional
  public List<Organization> synchronizeFromDataFile() {
    List<Organization> organizations = readDataFile();
    repository.synchronize(organizations);
    return organizations;
  }

  /** The regions of the provincial associations, in registry order: where a lower-level society may be. */
  public static List<String> provincialRegions() {
    return readDataFile().stream().filter(org -> org.type() == OrganizationType.PROVINCIAL_ASSOCIATION)
        .map(Organization::region).distinct().toList();
  }

  public static List<Organization> readDataFile() {
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (InputStream in = new ClassPathResource(DATA_FILE).getInputStream();
         MappingIterator<Map<String, String>> rows =
             new CsvMapper().readerForMapOf(String.class).with(schema).readValues(in)) {
      return rows.readAll().stream().map(OrganizationRegistry::toOrganization).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DATA_FILE, e);
    }
  }

  private static Organization toOrganization(Map<String, String> row) {
    String sector = row.get("sector");
    return new Organization(row.get("code"), row.get("name"), OrganizationType.valueOf(row.get("type")),
        sector == null || sector.isBlank() ? null : sector, row.get("region"), row.get("email"),
        row.get("leader_email"));
  }
}
