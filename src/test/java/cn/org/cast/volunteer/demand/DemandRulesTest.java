package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.ClientAddress;

/** The library's rules without the engine: the triage form's, the rate limit, likeness of titles, masking. */
class DemandRulesTest {

  private final DemandTriageValidator triage = new DemandTriageValidator();

  @Test
  void acceptingNeedsNothingMoreMergingACodeDecliningAReason() {
    assertThat(triageViolations(decision("ACCEPT", null, null))).isEmpty();
    assertThat(triageViolations(decision("MERGE", "d12", null))).isEmpty();
    assertThat(triageViolations(decision("MERGE", "第12条", null))).extracting(FieldViolation::message)
        .containsExactly("合并到的需求编号应为 D 加数字，例如 D12");
    assertThat(triageViolations(decision("DECLINE", null, "不行"))).extracting(FieldViolation::message)
        .containsExactly("“不予受理的理由”至少5个字（当前2个字）");
    assertThat(triageViolations(decision("DECLINE", null, null))).extracting(FieldViolation::field)
        .containsExactly(DECLINE_REASON);
    assertThat(triageViolations(decision("SHELVE", null, null))).extracting(FieldViolation::field)
        .containsExactly(TRIAGE_DECISION);
  }

  @Test
  void anAddressHasItsShareInASlidingHourAndOthersTheirOwn() {
    MutableClock clock = new MutableClock();
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, Duration.ofHours(1), clock);

    assertThat(limiter.tryAcquire("198.51.100.1")).isTrue();
    clock.advance(Duration.ofMinutes(30));
    assertThat(limiter.tryAcquire("198.51.100.1")).isTrue();
    assertThat(limiter.tryAcquire("198.51.100.1")).isFalse();
    assertThat(limiter.tryAcquire("198.51.100.2")).isTrue();
    clock.advance(Duration.ofMinutes(31));
    assertThat(limiter.tryAcquire("198.51.100.1")).as("the first attempt is an hour old").isTrue();
    assertThat(limiter.tryAcquire("198.51.100.1")).isFalse();
  }

  @Test
  void rotatingXForwardedForLiftsNoLimitUnlessTheProxyIsOurs() {
    SubmissionRateLimiter limiter = new SubmissionRateLimiter(2, Duration.ofHours(1), new MutableClock());
    // A private address, as the cluster's nginx has, but not configured as a proxy: its header proves nothing.
    ClientAddress noProxies = new ClientAddress(List.of());
    for (int i = 0; i < 2; i++) {
      assertThat(limiter.tryAcquire(noProxies.of(request("172.18.0.5", "203.0.113." + i)))).isTrue();
    }
    assertThat(limiter.tryAcquire(noProxies.of(request("172.18.0.5", "203.0.113.99")))).isFalse();

    ClientAddress behindOurProxy = new ClientAddress(List.of("172.18.0.0/16"));
    assertThat(limiter.tryAcquire(behindOurProxy.of(request("172.18.0.5", "203.0.113.99")))).isTrue();
    // The client may write anything left of the address our proxy saw: the right-most untrusted one counts.
    assertThat(behindOurProxy.of(request("172.18.0.5", "10.9.9.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
  }

  private static MockHttpServletRequest request(String peer, String forwardedFor) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    request.addHeader("X-Forwarded-For", forwardedFor);
    return request;
  }

  @Test
  void similarTitlesAreAlikeAndOthersAreNot() {
    assertThat(TitleSimilarity.of("蓝莓种植土壤酸化改良技术", "蓝莓种植基地土壤酸化改良"))
        .isGreaterThanOrEqualTo(DemandService.DUPLICATE_SIMILARITY);
    assertThat(TitleSimilarity.of("蓝莓种植土壤酸化改良技术", "社区老年人慢性病健康管理科普"))
        .isLessThan(DemandService.DUPLICATE_SIMILARITY);
    assertThat(TitleSimilarity.of("AI 质检", "ai质检")).isEqualTo(1.0);
  }

  @Test
  void aContactIsMaskedToTheSurnameAndTheNumbersEnds() {
    assertThat(LibraryEntry.maskName("欧阳明")).isEqualTo("欧**");
    assertThat(LibraryEntry.maskName("李")).isEqualTo("李*");
    assertThat(LibraryEntry.maskMobile("13912345678")).isEqualTo("139****5678");
  }

  @Test
  void theEntryRulesCoverEveryFieldOfTheForm() {
    assertThat(FormFiles.violations("demand-entry", null, Map.of())).extracting(FieldViolation::field)
        .containsExactlyInAnyOrder(TITLE, DESCRIPTION, SUBMITTER_KIND, SUBMITTER_NAME, CONTACT_NAME, CONTACT_MOBILE,
            REGION, TECH_FIELD, SERVICE_KIND);
    assertThat(FormFiles.violations("demand-entry", null, DemandDriver.demand("精密轴承寿命提升", "辽宁"))).isEmpty();
  }

  private static FormValues decision(String decision, String mergeInto, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(TRIAGE_DECISION, decision);
    form.put(MERGE_INTO, mergeInto);
    form.put(DECLINE_REASON, reason);
    return FormValues.of(form);
  }

  private static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2019-04-30T02:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private List<FieldViolation> triageViolations(FormValues values) {
    return FormFiles.violations("demand-triage", triage, values);
  }
}
