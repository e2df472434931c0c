package cn.org.cast.volunteer.platform;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;

/** Registering centres (CAST's organisers anywhere, a provincial association in its province) and listing them. */
@Service
class CentreService {

  /** A centre as the directory lists it, with whom it is paired today. */
  public record CentreEntry(String code, String name, String kind, String kindLabel, String province, String countyCode,
      String countyName, boolean pilotCounty, String address, String contactName, String contactMobile,
      List<String> pairedWith) {}

  private static final Pattern COUNTY_CODE = Pattern.compile("\\d{6}");
  private static final List<String> KINDS = Arrays.stream(CentreKind.values()).map(Enum::name).toList();
  /** The Xinjiang Production and Construction Corps' county-level cities carry Xinjiang's codes 659xxx. */
  private static final String CORPS_CITIES_PREFIX = "659";

  private final CentreRepository centres;
  private final PairingRepository pairings;
  private final PilotCounties pilotCounties;
  private final Organizations organizations;

  CentreService(CentreRepository centres, PairingRepository pairings, PilotCounties pilotCounties,
      Organizations organizations) {
    this.centres = centres;
    this.pairings = pairings;
    this.pilotCounties = pilotCounties;
    this.organizations = organizations;
  }

  public Centre register(String user, PlatformReader.Reach reach, Map<String, Object> form) {
    if (!reach.registers()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有中国科协组织人事部和省级科协可以登记基层服务阵地。");
    }
    FormValues values = FormValues.of(form);
    Map<String, String> prefixes = provincePrefixes();
    FieldChecks checks = new FieldChecks(values)
        .required("name", "阵地名称").length("name", "阵地名称", 4, 100)
        .required("kind", "阵地类型").oneOf("kind", "阵地类型", KINDS)
        .required("province", "所在省份").oneOf("province", "所在省份", List.copyOf(prefixes.keySet()))
        .required("countyCode", "县（市、区）代码").matches("countyCode", "县（市、区）代码", COUNTY_CODE, "110108")
        .required("countyName", "县（市、区）名称").length("countyName", "县（市、区）名称", 2, 50)
        .required("address", "地址").length("address", "地址", 5, 200)
        .required("contactName", "联系人").length("contactName", "联系人", 2, 50)
        .required("contactMobile", "联系人手机").matches("contactMobile", "联系人手机", FieldChecks.MOBILE, "13812345678");
    String province = values.text("province");
    String county = values.text("countyCode");
    if (checks.violations().isEmpty()) {
      String prefix = prefixes.get(province);
      checks.check(county.startsWith(prefix) || "66".equals(prefix) && county.startsWith(CORPS_CITIES_PREFIX),
          "countyCode", "县（市、区）代码 " + county + " 不属于" + province + "（应以 " + prefix + " 开头）");
      pilot(county).filter(pilot -> !pilot.name().equals(values.text("countyName"))).ifPresent(pilot ->
          checks.check(false, "countyName", "代码 " + county + " 是试点县“" + pilot.name() + "”，请填写一致的名称"));
      checks.check(!centres.exists(county, values.text("name")), "name", "该县（市、区）已登记同名的基层服务阵地");
    }
    List<FieldViolation> violations = checks.violations();
    if (!violations.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, SubmissionRejectedException.summary(violations));
    }
    if (!reach.covers(province)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "省级科协只能登记本省（区、市）的基层服务阵地。");
    }
    long id = centres.register(new CentreRegistration(values.text("name"), CentreKind.valueOf(values.text("kind")),
        province, county, values.text("countyName"), values.text("address"), values.text("contactName"),
        values.text("contactMobile")), user);
    return centres.find(id).orElseThrow();
  }

  /** The centres within the user's reach, optionally of one county, one kind, or only those (not) paired. */
  public List<CentreEntry> list(PlatformReader.Reach reach, String countyCode, CentreKind kind, Boolean paired,
      LocalDate today) {
    List<Centre> found = centres.list(reach.province()).stream()
        .filter(centre -> countyCode == null || centre.countyCode().equals(countyCode))
        .filter(centre -> kind == null || centre.kind() == kind).toList();
    Map<Long, List<String>> partners = partners(found, today);
    Collection<String> pilots = pilotCounties.all(null).stream().map(PilotCounty::code).toList();
    return found.stream()
        .filter(centre -> paired == null || paired == partners.containsKey(centre.id()))
        .map(centre -> entry(centre, pilots.contains(centre.countyCode()), partners.getOrDefault(centre.id(), List.of())))
        .toList();
  }

  static CentreEntry entry(Centre centre, boolean pilotCounty, List<String> pairedWith) {
    return new CentreEntry(centre.code(), centre.name(), centre.kind().name(), centre.kind().label(), centre.province(),
        centre.countyCode(), centre.countyName(), pilotCounty, centre.address(), centre.contactName(),
        centre.contactMobile(), pairedWith);
  }

  /** Who each centre is paired with on the day, as "J5 中国化学会 青年服务队". */
  Map<Long, List<String>> partners(List<Centre> of, LocalDate day) {
    return pairings.inForce(of.stream().map(Centre::id).toList(), day).stream().collect(Collectors.groupingBy(
        Pairing::centreId, Collectors.mapping(pairing -> pairing.code() + " " + pairing.partyName(), Collectors.toList())));
  }

  private Optional<PilotCounty> pilot(String countyCode) {
    return pilotCounties.all(null).stream().filter(county -> county.code().equals(countyCode)).findFirst();
  }

  /** The provinces as the registry names them, in its order. */
  public List<String> provinces() {
    return List.copyOf(provincePrefixes().keySet());
  }

  /** Each province (as the registry names it) with the first two digits of its administrative codes. */
  private Map<String, String> provincePrefixes() {
    return organizations.activeOfType(OrganizationType.PROVINCIAL_ASSOCIATION).stream()
        .collect(Collectors.toMap(Organization::region, org -> org.code().substring(1, 3), (a, b) -> a, LinkedHashMap::new));
  }
}
