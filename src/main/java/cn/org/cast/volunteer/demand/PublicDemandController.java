package cn.org.cast.volunteer.demand;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.security.ClientAddress;
import cn.org.cast.volunteer.team.ServiceField;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The public way in, without an account (static/public/demand.html): the form's choices, and a demand
 * submitted, limited per client address and in size, checked field by field with Chinese messages.
 */
@RestController
class PublicDemandController {

  /** A demand's fields at their longest are some 10 KB of UTF-8; nothing honest is larger. */
  static final int MAX_BODY_BYTES = 16 * 1024;

  public record Choice(String value, String label) {}

  /** The form's option lists; a region's own provincial association is the default owner. */
  public record Options(List<Choice> submitterKinds, List<Choice> techFields, List<Choice> serviceKinds,
      List<Choice> statuses, List<String> regions, Map<String, Choice> regionalAssociations, List<Choice> societies) {}

  public record Receipt(String code, String message) {}

  public record Rejection(String message, List<FieldViolation> violations) {}

  private final DemandService demands;
  private final Organizations organizations;
  private final SubmissionRateLimiter limiter;
  private final ClientAddress clients;
  private final ObjectMapper json;

  PublicDemandController(DemandService demands, Organizations organizations,
      SubmissionRateLimiter limiter, ClientAddress clients, ObjectMapper json) {
    this.demands = demands;
    this.organizations = organizations;
    this.limiter = limiter;
    this.clients = clients;
    this.json = json;
  }

  @GetMapping("/api/public/demand-options")
  public Options options() {
    List<Organization> all = organizations.active();
    Map<String, Choice> regional = new LinkedHashMap<>();
    all.stream().filter(org -> org.type() == OrganizationType.PROVINCIAL_ASSOCIATION)
        .forEach(org -> regional.putIfAbsent(org.region(), new Choice(org.code(), org.name())));
    return new Options(choices(SubmitterKind.values(), SubmitterKind::label), choices(TechField.values(), TechField::label),
        choices(ServiceField.values(), ServiceField::label), choices(DemandStatus.values(), DemandStatus::label),
        OrganizationRegistry.provincialRegions(), regional,
        all.stream().filter(org -> org.type() == OrganizationType.NATIONAL_SOCIETY)
            .map(org -> new Choice(org.code(), org.name())).toList());
  }

  @PostMapping("/api/public/demands")
  public ResponseEntity<Receipt> submit(HttpServletRequest request) throws IOException {
    if (!limiter.tryAcquire(clients.of(request))) {
      throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS,
          "提交过于频繁：同一网络每小时最多提交" + limiter.limit() + "次，请稍后再试。");
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "提交的内容过长（上限 16KB），请精简需求描述后重新提交。");
    }
    Map<String, Object> fields;
    try {
      fields = json.readValue(body, new TypeReference<Map<String, Object>>() {});
    } catch (JacksonException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请求内容格式不正确：应为有效的 JSON 对象。");
    }
    if (fields == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "请求内容格式不正确：应为有效的 JSON 对象。");
    }
    Demand demand = demands.submitPublic(fields);
    return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(demand.code(), "您的需求已提交，编号为 " + demand.code()
        + "，由" + demand.ownerName() + "受理。受理单位分拣后将与联系人联系，请记下编号以便查询。"));
  }

  /** Each field's problem in Chinese; nothing was recorded. */
  @ExceptionHandler(SubmissionRejectedException.class)
  public ResponseEntity<Rejection> rejected(SubmissionRejectedException e) {
    return ResponseEntity.badRequest().body(new Rejection(SubmissionRejectedException.summary(e.violations()),
        e.violations()));
  }

  private static <E extends Enum<E>> List<Choice> choices(E[] constants, Function<E, String> label) {
    return Arrays.stream(constants).map(constant -> new Choice(constant.name(), label.apply(constant))).toList();
  }
}
