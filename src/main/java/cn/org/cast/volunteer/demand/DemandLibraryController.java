package cn.org.cast.volunteer.demand;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The innovation problem demand library for everyone signed in (static/demands/): searched, filtered,
 * paged newest first, one demand with its merged duplicates, and the same list as Excel.
 */
@RestController
class DemandLibraryController {

  static final int PAGE_SIZE = 20;
  static final int MOST_EXPORTED = 10_000;
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  public record LibraryPage(long total, int page, int pageSize, List<LibraryEntry> items) {}

  /** A merged duplicate, as the demand it was merged into lists it. */
  public record Duplicate(String code, String title, String submitterName, String region) {}

  public record Detail(LibraryEntry demand, List<Duplicate> mergedDuplicates) {}

  private final DemandRepository demands;

  DemandLibraryController(DemandRepository demands) {
    this.demands = demands;
  }

  /** Filters: q (words), techField, region, serviceKind, keyCore (true/false), status, owner (code); page from 1. */
  @GetMapping("/api/demands")
  public LibraryPage library(@RequestParam Map<String, String> params, Authentication user) {
    DemandQuery query = query(params);
    int page = page(params.get("page"));
    List<LibraryEntry> items = entries(demands.search(query, (page - 1) * PAGE_SIZE, PAGE_SIZE), user);
    return new LibraryPage(demands.count(query), page, PAGE_SIZE, items);
  }

  @GetMapping("/api/demands/{code}")
  public Detail detail(@PathVariable String code, Authentication user) {
    Long id = Demand.idOf(code);
    Demand demand = (id == null ? Optional.<Demand>empty() : demands.find(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + code + " 的需求。"));
    List<Duplicate> merged = demands.mergedInto(demand.id()).stream()
        .map(d -> new Duplicate(d.code(), d.title(), d.submitterName(), d.region())).toList();
    return new Detail(entries(List.of(demand), user).get(0), merged);
  }

  /** The list with the same filters, every page, as an Excel workbook. */
  @GetMapping("/api/demands.xlsx")
  public ResponseEntity<StreamingResponseBody> export(@RequestParam Map<String, String> params, Authentication user) {
    List<LibraryEntry> entries = entries(demands.search(query(params), 0, MOST_EXPORTED), user);
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(DemandExport.SHEET + ".xlsx", StandardCharsets.UTF_8).build().toString())
        .body(out -> DemandExport.write(entries, out));
  }

  private static List<LibraryEntry> entries(List<Demand> found, Authentication user) {
    Set<String> groups = GroupMembership.groupIds(user);
    return found.stream().map(demand -> LibraryEntry.of(demand, DemandService.mayReadContact(groups, demand))).toList();
  }

  static DemandQuery query(Map<String, String> params) {
    String keyCore = text(params.get("keyCore"));
    if (keyCore != null && !keyCore.equals("true") && !keyCore.equals("false")) {
      throw badParameter("“关键核心技术”应为 true 或 false");
    }
    return new DemandQuery(text(params.get("q")), choice(TechField.class, params.get("techField"), "技术领域"),
        text(params.get("region")), choice(ServiceField.class, params.get("serviceKind"), "需要的服务"),
        keyCore == null ? null : Boolean.valueOf(keyCore), choice(DemandStatus.class, params.get("status"), "状态"),
        text(params.get("owner")));
  }

  private static int page(String value) {
    String text = text(value);
    if (text == null) {
      return 1;
    }
    if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
      throw badParameter("页码应为正整数");
    }
    return Integer.parseInt(text);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String label) {
    String text = text(value);
    try {
      return text == null ? null : Enum.valueOf(type, text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw badParameter("“" + label + "”的取值无效：" + text);
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static ResponseStatusException badParameter(String message) {
    return new ResponseStatusException(HttpStatus.BAD_REQUEST, message + "。");
  }
}
