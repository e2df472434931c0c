package cn.org.cast.volunteer.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A stage package owns its tables: only its own classes write SQL that names them, and the other stages call
 * its service. The few classes that join several stages' tables in one statement are listed with the reason.
 */
class TableOwnershipTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
  private static final Path SOURCES = Path.of("src/main/java/cn/org/cast/volunteer");
  private static final Pattern CREATE_TABLE =
      Pattern.compile("\\bCREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_IN_SQL =
      Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern FOREIGN_REPOSITORY_IMPORT =
      Pattern.compile("^import cn\\.org\\.cast\\.volunteer\\.(\\w+)\\.(\\w+Repository)\\b", Pattern.MULTILINE);

  /** Which package owns each table of the migrations. */
  private static final Map<String, String> OWNERS = Map.ofEntries(
      entry("organization", "organization"),
      entry("campaign", "notice"),
      entry("collection_result", "notice"),
      entry("preparation_plan", "plan"),
      entry("plan_revision", "plan"),
      entry("plan_team", "plan"),
      entry("plan_venue", "plan"),
      entry("plan_nominee", "plan"),
      entry("plan_decision", "plan"),
      entry("notification", "notification"),
      entry("plan_document", "document"),
      entry("reviewer_conflict", "selection"),
      entry("plan_score", "selection"),
      entry("plan_score_result", "selection"),
      entry("selection_entry", "selection"),
      entry("selection_change", "selection"),
      entry("flag_recipient", "ceremony"),
      entry("programme_item", "ceremony"),
      entry("sub_venue", "venue"),
      entry("rehearsal_result", "venue"),
      entry("venue_state_change", "venue"),
      entry("audit_event", "audit"),
      entry("volunteer_team", "team"),
      entry("team_member", "team"),
      entry("pilot_county", "platform"),
      entry("grassroots_centre", "platform"),
      entry("centre_pairing", "platform"),
      entry("innovation_demand", "demand"),
      entry("service_project", "project"),
      entry("project_indicator", "project"),
      entry("project_team", "project"),
      entry("project_report", "project"),
      entry("model_nomination", "honour"),
      entry("model_source_project", "honour"));

  /** Another package's tables a class may name, and why it joins them rather than calling the owner. */
  private record CrossStageJoin(Set<String> tables, String reason) {}

  private static final String DISPLAY_NAMES = "joins the registry's (or the team's, the campaign's) name onto each row of"
      + " its own list in the same statement; asking the owner per row would add a query per row";

  private static final Map<String, CrossStageJoin> CROSS_STAGE_JOINS = Map.of(
      "dashboard/DashboardRepository.java", new CrossStageJoin(
          Set.of("campaign", "organization", "preparation_plan", "plan_revision", "plan_decision", "plan_document",
              "plan_score", "selection_entry", "flag_recipient", "sub_venue", "notification"),
          "the dashboard's read model: its counts and the lists behind them group one campaign's rows of every"
              + " stage in one statement each; asking each stage per row would multiply the queries by the roster"),
      "dashboard/ExportRepository.java", new CrossStageJoin(
          Set.of("organization", "preparation_plan", "plan_revision", "plan_team", "plan_venue", "plan_nominee",
              "plan_decision", "plan_score", "plan_score_result", "programme_item"),
          "the exports' read model: every plan of a campaign with its revision, scores and schedule, one statement"
              + " a sheet"),
      "selection/ScoringRepository.java", new CrossStageJoin(Set.of("preparation_plan"),
          "plan_score has no campaign column: a campaign's scores are found through their plans in one statement"),
      "honour/ModelRepository.java", new CrossStageJoin(Set.of("organization", "volunteer_team", "campaign"),
          DISPLAY_NAMES),
      "demand/DemandRepository.java", new CrossStageJoin(Set.of("organization"), DISPLAY_NAMES),
      "platform/PairingRepository.java", new CrossStageJoin(Set.of("organization", "volunteer_team"), DISPLAY_NAMES),
      "team/TeamRepository.java", new CrossStageJoin(Set.of("organization"), DISPLAY_NAMES));

  @Test
  void everyTableOfTheMigrationsHasAnOwner() {
    assertThat(OWNERS.keySet()).containsExactlyInAnyOrderElementsOf(migrationTables());
  }

  @Test
  void onlyTheOwningPackageNamesATableInItsSql() {
    Map<String, Set<String>> foreign = new TreeMap<>();
    sqlTablesBySource().forEach((source, tables) -> tables.stream()
        .filter(table -> !OWNERS.get(table).equals(packageOf(source)))
        .filter(table -> !CROSS_STAGE_JOINS.containsKey(source)
            || !CROSS_STAGE_JOINS.get(source).tables().contains(table))
        .forEach(table -> foreign.computeIfAbsent(source, s -> new TreeSet<>()).add(table)));
    assertThat(foreign).as("classes naming another package's tables (call the owner's service instead)").isEmpty();
  }

  @Test
  void eachRecordedJoinIsStillThere() {
    Map<String, Set<String>> tables = sqlTablesBySource();
    CROSS_STAGE_JOINS.forEach((source, join) -> assertThat(tables.get(source))
        .as("tables %s names, recorded because %s", source, join.reason()).containsAll(join.tables()));
  }

  @Test
  void theScanFindsTheOwnersOwnSql() {
    assertThat(sqlTablesBySource()).containsEntry("notice/CampaignRepository.java", Set.of("campaign", "collection_result"))
        .containsEntry("organization/OrganizationRepository.java", Set.of("organization"));
  }

  @Test
  void noClassImportsAnotherPackagesRepository() {
    Map<String, List<String>> imports = new TreeMap<>();
    sources().forEach(source -> {
      Matcher found = FOREIGN_REPOSITORY_IMPORT.matcher(read(source));
      while (found.find()) {
        if (!found.group(1).equals(packageOf(relative(source)))) {
          imports.computeIfAbsent(relative(source), s -> new ArrayList<>()).add(found.group(1) + "." + found.group(2));
        }
      }
    });
    assertThat(imports).as("imports of another package's repository (call its service instead)").isEmpty();
  }

  private static Set<String> migrationTables() {
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      Set<String> tables = new TreeSet<>();
      files.filter(file -> file.toString().endsWith(".sql")).forEach(file -> {
        Matcher created = CREATE_TABLE.matcher(read(file));
        while (created.find()) {
          tables.add(created.group(1).toLowerCase());
        }
      });
      return tables;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The app tables each source file names after FROM, JOIN, INTO, UPDATE or TABLE in its string literals. */
  private static Map<String, Set<String>> sqlTablesBySource() {
    Set<String> known = migrationTables();
    Map<String, Set<String>> bySource = new TreeMap<>();
    sources().forEach(source -> {
      Matcher named = TABLE_IN_SQL.matcher(String.join(" ", JavaStringLiterals.of(read(source))));
      while (named.find()) {
        String table = named.group(1).toLowerCase();
        if (known.contains(table)) {
          bySource.computeIfAbsent(relative(source), s -> new TreeSet<>()).add(table);
        }
      }
    });
    return bySource;
  }

  private static List<Path> sources() {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(file -> file.toString().endsWith(".java")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The file's path below the application's base package, with '/' between the parts. */
  private static String relative(Path source) {
    return SOURCES.relativize(source).toString().replace('\\', '/');
  }

  /** The stage package of a path below the base package (empty for the base package's own classes). */
  private static String packageOf(String relativePath) {
    int slash = relativePath.indexOf('/');
    return slash < 0 ? "" : relativePath.substring(0, slash);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
