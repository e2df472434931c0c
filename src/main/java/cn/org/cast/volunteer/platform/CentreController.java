package cn.org.cast.volunteer.platform;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.org.cast.volunteer.security.GroupMembership;

/**
 * The grassroots platforms page's API: the centres within the user's reach, registering one, the pilot
 * counties and their coverage (with its Excel export). Who reaches what is {@link PlatformReader}'s.
 */
@RestController
class CentreController {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final PlatformReader reader;
  private final CentreService centres;
  private final CoverageService coverage;
  private final PilotCounties pilotCounties;
  private final Clock clock;

  CentreController(PlatformReader reader, CentreService centres, CoverageService coverage,
      PilotCounties pilotCounties, Clock clock) {
    this.reader = reader;
    this.centres = centres;
    this.coverage = coverage;
    this.pilotCounties = pilotCounties;
    this.clock = clock;
  }

  /** What the page offers the user: their province (null for all), whether they register and read coverage. */
  @GetMapping("/api/platform/reach")
  public PlatformReader.Reach reach(Authentication user) {
    return reader.reach(GroupMembership.groupIds(user));
  }

  /** An option of the page's selects: the value the API takes and the label people read. */
  public record Option(String value, String label) {}

  /** The page's choices: the kinds of centre, and the provinces within the user's reach. */
  public record Options(List<Option> kinds, List<String> provinces) {}

  @GetMapping("/api/platform/options")
  public Options options(Authentication user) {
    PlatformReader.Reach reach = reader.reach(GroupMembership.groupIds(user));
    return new Options(Arrays.stream(CentreKind.values()).map(kind -> new Option(kind.name(), kind.label())).toList(),
        centres.provinces().stream().filter(reach::covers).toList());
  }

  @GetMapping("/api/centres")
  public List<CentreService.CentreEntry> list(@RequestParam(required = false) String countyCode,
      @RequestParam(required = false) CentreKind kind, @RequestParam(required = false) Boolean paired,
      Authentication user) {
    return centres.list(reader.reach(GroupMembership.groupIds(user)), countyCode, kind, paired, today());
  }

  @PostMapping("/api/centres")
  public ResponseEntity<CentreService.CentreEntry> register(@RequestBody Map<String, Object> form, Authentication user) {
    Centre centre = centres.register(user.getName(), reader.reach(GroupMembership.groupIds(user)), form);
    boolean pilot = pilotCounties.all(centre.province()).stream().anyMatch(county -> county.code().equals(centre.countyCode()));
    return ResponseEntity.status(HttpStatus.CREATED).body(CentreService.entry(centre, pilot, List.of()));
  }

  @GetMapping("/api/pilot-counties")
  public List<PilotCounty> pilotCounties(Authentication user) {
    return pilotCounties.all(reader.reach(GroupMembership.groupIds(user)).province());
  }

  @GetMapping("/api/platform/coverage")
  public Coverage coverage(Authentication user) {
    return coverage.report(pilotCounties.all(coverageReach(user).province()), today());
  }

  @GetMapping("/api/platform/coverage.xlsx")
  public ResponseEntity<StreamingResponseBody> coverageWorkbook(Authentication user) {
    Coverage report = coverage(user);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("试点县基层服务阵地覆盖情况-" + today() + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(out -> coverage.workbook(report, out));
  }

  private PlatformReader.Reach coverageReach(Authentication user) {
    PlatformReader.Reach reach = reader.reach(GroupMembership.groupIds(user));
    if (!reach.readsCoverage()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "试点县覆盖情况仅对中国科协组织人事部和省级科协开放。");
    }
    return reach;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
