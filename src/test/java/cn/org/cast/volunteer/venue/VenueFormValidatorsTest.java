package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;

/** The field rules of the sub-venue forms, from registration through rehearsal to the live link. */
class VenueFormValidatorsTest {

  // 分会场登记
  private static final String REGISTRATION = "venue-registration";

  private Map<String, Object> registered() {
    Map<String, Object> form = new HashMap<>();
    form.put(ADDRESS, "浙江省杭州市西湖区文三路100号");
    form.put(VENUE_KIND, "COMMUNITY");
    form.put(HOST_UNIT, "浙江省科学技术协会");
    form.put(ORGANIZING_UNIT, "杭州市西湖区科学技术协会");
    form.put(CONTACT_NAME, "陈静");
    form.put(CONTACT_MOBILE, "13912345678");
    form.put(ENDPOINT_KIND, "VIDEO_CONFERENCE");
    form.put(ENDPOINT, "8001234567");
    return form;
  }

  @Test
  void completeRegistrationPasses() {
    assertThat(validate(REGISTRATION, registered())).isEmpty();
  }

  @Test
  void theEngineerCannotTestAVenueWithoutItsContactAndWayIn() {
    Map<String, Object> form = registered();
    form.keySet().removeAll(List.of(CONTACT_NAME, CONTACT_MOBILE, ENDPOINT_KIND));
    assertThat(validate(REGISTRATION, form)).extracting(FieldViolation::field)
        .containsExactly(CONTACT_NAME, CONTACT_MOBILE, ENDPOINT_KIND);
  }

  @Test
  void emptyRegistrationAsksForEachRequiredField() {
    assertThat(validate(REGISTRATION, Map.of())).extracting(FieldViolation::message).containsExactly(
        "请填写“平台类型”", "请填写“详细地址”", "请填写“主办单位”", "请填写“承办单位”", "请填写“现场联系人”",
        "请填写“联系人手机”", "请填写“接入方式”", "请填写“终端号码/会议号/推流地址”");
  }

  @Test
  void badRegistrationValuesAreExplained() {
    Map<String, Object> form = registered();
    form.put(VENUE_KIND, "STADIUM");
    form.put(CONTACT_NAME, "陈");
    form.put(CONTACT_MOBILE, "1391234567");
    form.put(ENDPOINT_KIND, "PHONE");
    form.put(ENDPOINT, "8".repeat(301));
    assertThat(validate(REGISTRATION, form)).extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(
            tuple(VENUE_KIND, "“平台类型”的取值无效，请从选项中选择"),
            tuple(CONTACT_NAME, "“现场联系人”应为2至50个字（当前1个字）"),
            tuple(CONTACT_MOBILE, "“联系人手机”格式不正确：请输入 11 位手机号码，例如 13812345678"),
            tuple(ENDPOINT_KIND, "“接入方式”的取值无效，请从选项中选择"),
            tuple(ENDPOINT, "“终端号码/会议号/推流地址”最多300个字（当前301个字）"));
  }

  // 安排联调
  private static final String SCHEDULE = "rehearsal-schedule";

  @Test
  void dateAndTimePass() {
    assertThat(validate(SCHEDULE, Map.of(REHEARSAL_DATE, "2019-05-27", REHEARSAL_TIME, "14:00"))).isEmpty();
  }

  @Test
  void missingDateAndTimeAreAskedFor() {
    assertThat(validate(SCHEDULE, Map.of())).extracting(FieldViolation::message)
        .containsExactly("请填写“联调日期”", "请填写“联调时间”");
  }

  @Test
  void invalidDateAndTimeAreExplained() {
    assertThat(validate(SCHEDULE, Map.of(REHEARSAL_DATE, "2019-02-30", REHEARSAL_TIME, "2pm")))
        .extracting(FieldViolation::message).containsExactly("“联调日期”应为有效日期，格式如 2019-05-10",
            "“联调时间”应为有效时间（24小时制），格式如 09:30");
  }

  // 确认联调时间
  private static final String SLOT = "rehearsal-slot-confirmation";

  @Test
  void acceptingNeedsNoNote() {
    assertThat(validate(SLOT, Map.of(SLOT_ACCEPTED, YES))).isEmpty();
  }

  @Test
  void askingForAnotherSlotNeedsANote() {
    assertSingle(validate(SLOT, Map.of(SLOT_ACCEPTED, NO)), SLOT_NOTE, "请填写“可参加的时间或说明”");
    assertSingle(validate(SLOT, Map.of(SLOT_ACCEPTED, NO, SLOT_NOTE, "下午")), SLOT_NOTE,
        "“可参加的时间或说明”应为5至500个字（当前2个字）");
    assertThat(validate(SLOT, Map.of(SLOT_ACCEPTED, NO, SLOT_NOTE, "5月27日下午2点以后均可"))).isEmpty();
  }

  @Test
  void choiceIsRequired() {
    assertSingle(validate(SLOT, Map.of()), SLOT_ACCEPTED, "请填写“能否按时参加”");
    assertSingle(validate(SLOT, Map.of(SLOT_ACCEPTED, "yes")), SLOT_ACCEPTED, "“能否按时参加”的取值无效");
  }

  // 记录联调结果
  private static final String RESULT = "rehearsal-result";

  private Map<String, Object> tested() {
    return new HashMap<>(Map.of(VIDEO_OK, true, AUDIO_OK, false, LATENCY_MS, 450, PICTURE_QUALITY, "SD",
        REHEARSAL_NOTES, "音频有回声，已调整话筒位置"));
  }

  @Test
  void recordedResultPasses() {
    assertThat(validate(RESULT, tested())).isEmpty();
  }

  @Test
  void latencyAndQualityAreRequired() {
    Map<String, Object> form = tested();
    form.remove(LATENCY_MS);
    form.remove(PICTURE_QUALITY);
    assertThat(validate(RESULT, form)).extracting(FieldViolation::message)
        .containsExactly("请填写“延迟（毫秒）”", "请填写“画面质量”");
  }

  @Test
  void badResultValuesAreExplained() {
    Map<String, Object> form = tested();
    form.put(VIDEO_OK, "true");
    form.put(LATENCY_MS, 10_001);
    form.put(PICTURE_QUALITY, "4K");
    form.put(REHEARSAL_NOTES, "备".repeat(1001));
    assertThat(validate(RESULT, form)).extracting(FieldViolation::message).containsExactly(
        "“视频正常”的取值无效，请勾选或取消勾选", "“延迟（毫秒）”应为0至10000之间的整数", "“画面质量”的取值无效，请从选项中选择",
        "“备注”最多1000个字（当前1001个字）");
  }

  @Test
  void fractionalLatencyIsRejected() {
    Map<String, Object> form = tested();
    form.put(LATENCY_MS, 120.5);
    assertSingle(validate(RESULT, form), LATENCY_MS, "“延迟（毫秒）”应为0至10000之间的整数");
  }

  @Test
  void goodVideoAudioLatencyAndPicturePass() {
    int max = RehearsalPass.DEFAULT_MAX_LATENCY_MS;
    assertThat(RehearsalPass.passes(true, true, max, PictureQuality.HD, max)).isTrue();
    assertThat(RehearsalPass.passes(true, true, 0, PictureQuality.SD, max)).isTrue();
  }

  @Test
  void anyFaultFails() {
    int max = RehearsalPass.DEFAULT_MAX_LATENCY_MS;
    assertThat(RehearsalPass.passes(false, true, 100, PictureQuality.HD, max)).isFalse();
    assertThat(RehearsalPass.passes(true, false, 100, PictureQuality.HD, max)).isFalse();
    assertThat(RehearsalPass.passes(true, true, max + 1, PictureQuality.HD, max)).isFalse();
    assertThat(RehearsalPass.passes(true, true, 100, PictureQuality.POOR, max)).isFalse();
    assertThat(RehearsalPass.passes(true, true, 100, null, max)).isFalse();
  }

  @Test
  void limitIsTheOneGiven() {
    assertThat(RehearsalPass.passes(true, true, 1000, PictureQuality.HD, 1200)).isTrue();
    assertThat(RehearsalPass.DEFAULT_MAX_LATENCY_MS).isEqualTo(800);
  }

  // 联调未通过处理、开播前确认
  @Test
  void failedVenueNeedsDecisionAndReason() {
    assertThat(validate(FAILED_FORM, Map.of(FAILED_DECISION, DECISION_RECORDED, DECISION_REASON, "两次联调均无法稳定连线")))
        .isEmpty();
    assertThat(validate(FAILED_FORM, Map.of(FAILED_DECISION, DECISION_RETRY, DECISION_REASON, "网络已更换专线，再试一次")))
        .isEmpty();
    assertThat(validate(FAILED_FORM, Map.of())).extracting(FieldViolation::message)
        .containsExactly("请填写“处理方式”", "请填写“理由”");
    assertThat(validate(FAILED_FORM, Map.of(FAILED_DECISION, "GIVE_UP", DECISION_REASON, "不行")))
        .extracting(FieldViolation::message)
        .containsExactly("“处理方式”的取值无效，请从选项中选择", "“理由”应为5至500个字（当前2个字）");
  }

  @Test
  void goNeedsNoReason() {
    assertThat(validate(GO_NO_GO_FORM, Map.of(GO_DECISION, GO))).isEmpty();
  }

  @Test
  void noGoNeedsAReason() {
    assertSingle(validate(GO_NO_GO_FORM, Map.of(GO_DECISION, NO_GO)), DECISION_REASON, "请填写“理由（取消直播时必填）”");
    assertSingle(validate(GO_NO_GO_FORM, Map.of(GO_DECISION, NO_GO, DECISION_REASON, "断网")), DECISION_REASON,
        "“理由”至少5个字（当前2个字）");
    assertThat(validate(GO_NO_GO_FORM, Map.of(GO_DECISION, NO_GO, DECISION_REASON, "现场网络中断，无法恢复"))).isEmpty();
  }

  @Test
  void goReasonIsStillLimited() {
    assertSingle(validate(GO_NO_GO_FORM, Map.of(GO_DECISION, GO, DECISION_REASON, "好".repeat(501))),
        DECISION_REASON, "“理由”最多500个字（当前501个字）");
  }

  @Test
  void goDecisionIsRequired() {
    assertSingle(validate(GO_NO_GO_FORM, Map.of()), GO_DECISION, "请填写“开播决定”");
  }

  // 提交录播视频
  private static final String RECORDED = "recorded-video";

  @ParameterizedTest(name = "{0} is accepted")
  @ValueSource(strings = {"https://pan.example.cn/s/1AbC?pwd=x7k2", "http://video.example.cn/分会场/杭州.mp4",
      "https://example.cn"})
  void webAddressesPass(String link) {
    assertThat(validate(RECORDED, Map.of(RECORDED_VIDEO_LINK, link))).isEmpty();
  }

  @ParameterizedTest(name = "{0} is rejected")
  @ValueSource(strings = {"pan.example.cn/s/1AbC", "ftp://example.cn/video.mp4", "https://", "https://example.cn/a b",
      "javascript:alert(1)"})
  void otherTextIsNotALink(String link) {
    assertSingle(validate(RECORDED, Map.of(RECORDED_VIDEO_LINK, link)), RECORDED_VIDEO_LINK,
        "“录播视频链接”格式不正确：请输入以 http:// 或 https:// 开头的完整网址");
  }

  @Test
  void linkIsRequiredAndLimited() {
    assertSingle(validate(RECORDED, Map.of()), RECORDED_VIDEO_LINK, "请填写“录播视频链接”");
    assertSingle(validate(RECORDED, Map.of(RECORDED_VIDEO_LINK, "https://example.cn/" + "v".repeat(500))),
        RECORDED_VIDEO_LINK, "“录播视频链接”最多500个字");
  }

  // 分会场直播控制
  private static final String LIVE = "live-control";

  @ParameterizedTest(name = "{0} needs no fallback")
  @EnumSource(value = LiveSignal.class, names = "DROPPED", mode = EnumSource.Mode.EXCLUDE)
  void signalsOtherThanDroppedNeedNoFallback(LiveSignal signal) {
    assertThat(validate(LIVE, Map.of(LIVE_SIGNAL, signal.name()))).isEmpty();
  }

  @Test
  void droppedNeedsAFallback() {
    assertSingle(validate(LIVE, Map.of(LIVE_SIGNAL, "DROPPED")), FALLBACK_MODE, "请填写“备播方式”");
    assertSingle(validate(LIVE, Map.of(LIVE_SIGNAL, "DROPPED", FALLBACK_MODE, "BLACK_SCREEN")), FALLBACK_MODE,
        "“备播方式”的取值无效，请从选项中选择");
    assertThat(validate(LIVE, Map.of(LIVE_SIGNAL, "DROPPED", FALLBACK_MODE, "AUDIO_ONLY"))).isEmpty();
  }

  @Test
  void signalIsRequiredAndKnown() {
    assertSingle(validate(LIVE, Map.of()), LIVE_SIGNAL, "请填写“直播信号”");
    assertSingle(validate(LIVE, Map.of(LIVE_SIGNAL, "venueOnAir")), LIVE_SIGNAL, "“直播信号”的取值无效");
  }

  private static final String FAILED_FORM = "failed-venue-decision";
  private static final String GO_NO_GO_FORM = "go-no-go";

  private static List<FieldViolation> validate(String form, Map<String, ?> values) {
    return FormFiles.violations(form, GO_NO_GO_FORM.equals(form) ? new GoNoGoValidator() : null, values);
  }

  private static void assertSingle(List<FieldViolation> violations, String field, String fragment) {
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(fragment).containsPattern("\\p{IsHan}");
    });
  }
}
