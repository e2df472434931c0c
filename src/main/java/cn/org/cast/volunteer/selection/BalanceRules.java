package cn.org.cast.volunteer.selection;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The balance rules of a pool's proposal, kept as data (selection/balance-rules.csv).
 *
 * @param minimumScore candidates below it are not qualified, neither selected nor waitlisted
 * @param coverRegions every region (province) with a qualified candidate gets at least one place
 * @param maxShareOfHost the most of the quota one host organisation may take (at least one place)
 * @param minimumPerActivityKind places kept for each kind of activity while it has qualified candidates
 */
record BalanceRules(double minimumScore, boolean coverRegions, double maxShareOfHost,
    Map<String, Integer> minimumPerActivityKind) {

  /**
   * Reads the rules of each pool: pool, minimum_score, cover_regions (true or false), max_share_of_host
   * (0 to 1), places_per_activity_kind (e.g. {@code COMMUNITY:2;VILLAGE:2}, may be empty).
   */
  public static Map<Pool, BalanceRules> read(InputStream csv) {
    Map<Pool, BalanceRules> rules = new EnumMap<>(Pool.class);
    try (csv; MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
      for (Map<String, String> row : rows.readAll()) {
        Map<String, Integer> places = new LinkedHashMap<>();
        String kinds = row.getOrDefault("places_per_activity_kind", "");
        for (String entry : kinds.isBlank() ? new String[0] : kinds.split(";")) {
          String[] kindAndPlaces = entry.split(":");
          places.put(kindAndPlaces[0].strip(), Integer.parseInt(kindAndPlaces[1].strip()));
        }
        rules.put(Pool.valueOf(row.get("pool")), new BalanceRules(Double.parseDouble(row.get("minimum_score")),
            Boolean.parseBoolean(row.get("cover_regions")), Double.parseDouble(row.get("max_share_of_host")),
            Map.copyOf(places)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the balance rules", e);
    }
    return rules;
  }

  /** The most places one host may take in a quota. */
  public int maxPerHost(int quota) {
    return Math.max(1, (int) Math.floor(quota * maxShareOfHost));
  }
}
