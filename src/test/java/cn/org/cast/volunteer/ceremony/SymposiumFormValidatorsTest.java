package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValidator;

/** The field rules of the symposium's forms: 确认受旗代表, 编排座谈会议程, 登记活动成效. */
class SymposiumFormValidatorsTest {

  // 确认受旗代表
  private static final String CONFIRMATION = "representative-confirmation";

  private Map<String, Object> attending() {
    return new HashMap<>(Map.of(ATTENDING, YES, REPRESENTATIVE_NAME, "张明", REPRESENTATIVE_TITLE, "副理事长",
        REPRESENTATIVE_MOBILE, "13812345678"));
  }

  @Test
  void attendingWithRepresentativePasses() {
    assertThat(validate(CONFIRMATION, attending())).isEmpty();
  }

  @Test
  void absentWithReasonPasses() {
    assertThat(validate(CONFIRMATION, Map.of(ATTENDING, NO, ABSENCE_NOTE, "当日另有重要会议安排"))).isEmpty();
  }

  @Test
  void missingChoiceIsAskedFor() {
    assertSingle(validate(CONFIRMATION, Map.of()), ATTENDING, "请填写“出席情况”");
  }

  @Test
  void unknownChoiceIsRejected() {
    assertSingle(validate(CONFIRMATION, Map.of(ATTENDING, "MAYBE")), ATTENDING, "“出席情况”的取值无效");
  }

  @Test
  void attendingWithoutRepresentativeAsksForEachField() {
    assertThat(validate(CONFIRMATION, Map.of(ATTENDING, YES))).extracting(FieldViolation::message)
        .containsExactly("请填写“受旗代表姓名”", "请填写“职务”", "请填写“手机”");
  }

  @Test
  void oneCharacterNameIsTooShort() {
    Map<String, Object> form = attending();
    form.put(REPRESENTATIVE_NAME, "张");
    assertSingle(validate(CONFIRMATION, form), REPRESENTATIVE_NAME, "“受旗代表姓名”应为2至50个字（当前1个字）");
  }

  @Test
  void landlineIsNotAMobile() {
    Map<String, Object> form = attending();
    form.put(REPRESENTATIVE_MOBILE, "010-68571234");
    assertSingle(validate(CONFIRMATION, form), REPRESENTATIVE_MOBILE, "“手机”格式不正确：请输入 11 位手机号码，例如 13812345678");
  }

  @Test
  void absentWithoutReasonIsAskedWhy() {
    assertSingle(validate(CONFIRMATION, Map.of(ATTENDING, NO)), ABSENCE_NOTE, "请填写“不出席原因”");
    assertSingle(validate(CONFIRMATION, Map.of(ATTENDING, NO, ABSENCE_NOTE, "有事")), ABSENCE_NOTE,
        "“不出席原因”应为5至500个字（当前2个字）");
  }

  @Test
  void absentNeedsNoRepresentative() {
    assertThat(validate(CONFIRMATION, Map.of(ATTENDING, NO, ABSENCE_NOTE, "当日另有重要会议安排",
        REPRESENTATIVE_MOBILE, "123"))).isEmpty();
  }

  // 编排座谈会议程
  private static final String RUNNING_ORDER = "running-order";

  private Map<String, Object> arranged() {
    Map<String, Object> form = new HashMap<>();
    form.put(START_TIME, "09:30");
    form.put(HOST, "王主持");
    form.put(LAUNCH_PRESENTER, "李书记");
    form.put(CORPS_PRESENTER, "赵副主席");
    form.put(CORPS_RECIPIENT, "钱总队长");
    form.put(FLAG_ORDER, FlagOrder.RANK.name());
    form.put(FLAG_BATCH_SIZE, 20);
    form.put(FLAG_PRESENTERS, "周副主席\n\n  吴书记处书记  \n");
    form.put(SHOWCASE_ITEMS, "科普进社区\n义诊进乡村");
    form.put(INTERVIEWS, "孙志愿——中国化学会");
    form.put(LINK_MINUTES, 3);
    form.put(FINALISED, false);
    return form;
  }

  @Test
  void completeArrangementPasses() {
    assertThat(validate(RUNNING_ORDER, arranged())).isEmpty();
  }

  @Test
  void optionalListsAndNumbersMayBeLeftOut() {
    Map<String, Object> form = arranged();
    form.keySet().removeAll(List.of(SHOWCASE_ITEMS, INTERVIEWS, FLAG_BATCH_SIZE, LINK_MINUTES, FINALISED));
    assertThat(validate(RUNNING_ORDER, form)).isEmpty();
  }

  @ParameterizedTest(name = "start time {0} is rejected")
  @ValueSource(strings = {"9:30", "24:00", "09:60", "上午9点", "09:30:00"})
  void startTimeMustBeHoursAndMinutes(String time) {
    Map<String, Object> form = arranged();
    form.put(START_TIME, time);
    assertSingle(validate(RUNNING_ORDER, form), START_TIME, "“开始时间”应为有效时间（24小时制），格式如 09:30");
  }

  @Test
  void missingPeopleAreAskedFor() {
    Map<String, Object> form = arranged();
    form.remove(HOST);
    form.put(CORPS_RECIPIENT, "钱");
    assertThat(validate(RUNNING_ORDER, form)).extracting(FieldViolation::message)
        .containsExactly("请填写“主持人”", "“总队接旗代表”应为2至50个字（当前1个字）");
  }

  @Test
  void unknownFlagOrderIsRejected() {
    Map<String, Object> form = arranged();
    form.put(FLAG_ORDER, "ALPHABET");
    assertSingle(validate(RUNNING_ORDER, form), FLAG_ORDER, "“授旗顺序”的取值无效，请从选项中选择");
  }

  @Test
  void batchSizeAndLinkMinutesStayInRange() {
    Map<String, Object> form = arranged();
    form.put(FLAG_BATCH_SIZE, 0);
    form.put(LINK_MINUTES, 16);
    assertThat(validate(RUNNING_ORDER, form)).extracting(FieldViolation::message)
        .containsExactly("“每批授旗数”应为1至50之间的整数", "“每个分会场连线时长（分钟）”应为1至15之间的整数");
  }

  @Test
  void presentersAreRequiredOneALine() {
    Map<String, Object> form = arranged();
    form.put(FLAG_PRESENTERS, " \n ");
    assertSingle(validate(RUNNING_ORDER, form), FLAG_PRESENTERS, "请填写“授旗领导”");
    form.put(FLAG_PRESENTERS, "领导\n".repeat(21));
    assertSingle(validate(RUNNING_ORDER, form), FLAG_PRESENTERS, "“授旗领导”应填写1至20行，每行一项（当前21行）");
    form.put(FLAG_PRESENTERS, "周副主席\n" + "长".repeat(51));
    assertSingle(validate(RUNNING_ORDER, form), FLAG_PRESENTERS, "“授旗领导”第2行最多50个字（当前51个字）");
  }

  @Test
  void showcaseAndInterviewsAreLimited() {
    Map<String, Object> form = arranged();
    form.put(SHOWCASE_ITEMS, "项目\n".repeat(21));
    form.put(INTERVIEWS, "孙志愿——" + "单".repeat(100));
    assertThat(validate(RUNNING_ORDER, form)).extracting(FieldViolation::message).containsExactly(
        "“服务行动展示”最多填写20行，每行一项（当前21行）", "“志愿者访谈”第1行最多100个字（当前105个字）");
  }

  @Test
  void finalisedIsATickNotText() {
    Map<String, Object> form = arranged();
    form.put(FINALISED, "yes");
    assertSingle(validate(RUNNING_ORDER, form), FINALISED, "“议程定稿（不再修改）”的取值无效，请勾选或取消勾选");
  }

  @Test
  void linesAreTheTrimmedNonBlankLines() {
    assertThat(RunningOrderValidator.lines(" 周副主席 \r\n\n吴书记处书记\r\n   \n郑秘书长")).containsExactly("周副主席", "吴书记处书记",
        "郑秘书长");
    assertThat(RunningOrderValidator.lines(null)).isEmpty();
    assertThat(RunningOrderValidator.lines("  \n ")).isEmpty();
  }

  // 登记活动成效
  private static final String OUTCOME = "ceremony-outcome";

  private Map<String, Object> recorded() {
    Map<String, Object> form = new HashMap<>();
    form.put(VENUE_OUTCOMES, List.of(
        venue("V1", "杭州分会场", true, "https://www.example.cn/photos/v1"),
        venue("V2", "成都分会场", false, null)));
    form.put(FLAG_EXCEPTIONS, List.of(Map.of(EXCEPTION_RECIPIENT, "SOCIETY:S012", EXCEPTION_KIND, "ABSENT")));
    form.put(CEREMONY_MEDIA, "https://www.example.cn/symposium\nhttps://video.example.cn/v/123");
    form.put(CEREMONY_SUMMARY, "座谈会如期举行，共授旗二百面，八个分会场顺利连线。");
    return form;
  }

  private static Map<String, Object> venue(String code, String name, boolean held, String media) {
    Map<String, Object> venue = new HashMap<>();
    venue.put(OUTCOME_VENUE_CODE, code);
    venue.put(OUTCOME_VENUE_NAME, name);
    venue.put(OUTCOME_HELD, held);
    venue.put(OUTCOME_MEDIA, media);
    return venue;
  }

  @Test
  void completeOutcomePasses() {
    assertThat(validate(OUTCOME, recorded())).isEmpty();
  }

  @Test
  void noVenuesAndNoExceptionsPass() {
    assertThat(validate(OUTCOME, Map.of(CEREMONY_SUMMARY, "座谈会如期举行，授旗顺利。"))).isEmpty();
  }

  @Test
  void summaryIsRequiredAndLongEnough() {
    Map<String, Object> form = recorded();
    form.remove(CEREMONY_SUMMARY);
    assertSingle(validate(OUTCOME, form), CEREMONY_SUMMARY, "请填写“活动总结”");
    form.put(CEREMONY_SUMMARY, "圆满成功");
    assertSingle(validate(OUTCOME, form), CEREMONY_SUMMARY, "“活动总结”应为10至4000个字（当前4个字）");
  }

  @Test
  void venueMediaMustBeAWebAddress() {
    Map<String, Object> form = recorded();
    form.put(VENUE_OUTCOMES, List.of(venue("V1", "杭州分会场", true, "www.example.cn/photos")));
    assertSingle(validate(OUTCOME, form), OUTCOME_MEDIA,
        "“各分会场”第1项：“照片/视频链接”格式不正确：请输入以 http:// 或 https:// 开头的完整网址");
  }

  @Test
  void venueRowKeepsItsCode() {
    Map<String, Object> form = recorded();
    form.put(VENUE_OUTCOMES, List.of(venue(null, null, true, null)));
    assertSingle(validate(OUTCOME, form), OUTCOME_VENUE_CODE, "“各分会场”第1项：请填写“分会场编号”");
  }

  @Test
  void exceptionNeedsRecipientAndKind() {
    Map<String, Object> form = recorded();
    form.put(FLAG_EXCEPTIONS, List.of(Map.of(EXCEPTION_KIND, "LOST")));
    assertThat(validate(OUTCOME, form)).extracting(FieldViolation::message).containsExactly(
        "“授旗情况例外”第1项：请填写“受旗单位”", "“授旗情况例外”第1项：“例外情况”的取值无效，请从选项中选择");
  }

  @Test
  void recipientIsListedOnce() {
    Map<String, Object> form = recorded();
    form.put(FLAG_EXCEPTIONS, List.of(Map.of(EXCEPTION_RECIPIENT, "TEAM:T7", EXCEPTION_KIND, "ABSENT"),
        Map.of(EXCEPTION_RECIPIENT, "TEAM:T7", EXCEPTION_KIND, "NOT_PRESENTED")));
    assertSingle(validate(OUTCOME, form), EXCEPTION_RECIPIENT,
        "“授旗情况例外”第2项：该受旗单位已在前面登记过，每个受旗单位只需登记一项");
  }

  @Test
  void listsThatAreNotListsAreRejected() {
    Map<String, Object> form = recorded();
    form.put(FLAG_EXCEPTIONS, "SOCIETY:S012");
    assertSingle(validate(OUTCOME, form), FLAG_EXCEPTIONS, "“授旗情况例外”的取值无效");
  }

  @Test
  void ceremonyMediaIsLimited() {
    Map<String, Object> form = recorded();
    form.put(CEREMONY_MEDIA, "https://www.example.cn/" + "a".repeat(1000));
    assertSingle(validate(OUTCOME, form), CEREMONY_MEDIA, "“座谈会照片/视频链接”最多1000个字");
  }

  private static final Map<String, FormValidator> JAVA_RULES =
      Map.of(RUNNING_ORDER, new RunningOrderValidator(), OUTCOME, new CeremonyOutcomeValidator());

  private static List<FieldViolation> validate(String form, Map<String, ?> values) {
    return FormFiles.violations(form, JAVA_RULES.get(form), values);
  }

  private static void assertSingle(List<FieldViolation> violations, String field, String fragment) {
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(fragment).containsPattern("\\p{IsHan}");
    });
  }
}
