package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.CampaignFixtures.planText;
import static cn.org.cast.volunteer.plan.PlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;

class PlanSubmissionValidatorTest {

  /** One character outside the Basic Multilingual Plane: two UTF-16 units, one character for a reader. */
  private static final String SUPPLEMENTARY = "𠀀";

  private final PlanSubmissionValidator validator = new PlanSubmissionValidator();

  // ---------------------------------------------------------------- valid submissions

  @Test
  void validFullSubmissionHasNoViolations() {
    assertThat(validate(valid())).isEmpty();
  }

  @Test
  void validSubmissionWithSpinJsonListsAsTheEngineHandsThemOverHasNoViolations() throws Exception {
    Map<String, Object> submission = valid();
    // Tasklist submits dynamic lists as Json; the engine's getVariables() hands them over as SpinJsonNode.
    for (String list : List.of(VOLUNTEER_TEAMS, SUB_VENUES)) {
      submission.put(list, Spin.JSON(new ObjectMapper().writeValueAsString(submission.get(list))));
    }

    assertThat(validate(submission)).isEmpty();
  }

  static Stream<Arguments> acceptedVariants() {
    return Stream.of(
        arguments("fax empty", with(CONTACT_FAX, "")),
        arguments("fax absent", without(CONTACT_FAX)),
        arguments("office phone with extension 010-68571234-8001", with(CONTACT_OFFICE_PHONE, "010-68571234-8001")),
        arguments("office phone 0755-1234567", with(CONTACT_OFFICE_PHONE, "0755-1234567")),
        arguments("office phone without hyphen 01068571234", with(CONTACT_OFFICE_PHONE, "01068571234")),
        arguments("fax with extension", with(CONTACT_FAX, "010-68571235-12")),
        arguments("mobile starting 19", with(CONTACT_MOBILE, "19912345678")),
        arguments("email with sub-domains", with(CONTACT_EMAIL, "name@example.org.cn")),
        arguments("values with surrounding spaces", with(CONTACT_MOBILE, " 13812345678 ")),
        arguments("plan text of 300 characters", with(PLAN_TEXT, planText(300))),
        arguments("plan text of 1500 characters", with(PLAN_TEXT, planText(1500))),
        arguments("plan text of 300 code points ending in a supplementary character",
            with(PLAN_TEXT, planText(299) + SUPPLEMENTARY)),
        arguments("plan text of 1500 code points ending in a supplementary character",
            with(PLAN_TEXT, planText(1499) + SUPPLEMENTARY)),
        arguments("activity name of 100 supplementary characters",
            with(ACTIVITY_NAME, SUPPLEMENTARY.repeat(100))),
        arguments("no video link and no sub-venues", with(VIDEO_LINK, "no", SUB_VENUES, null)),
        arguments("two nominated lower-level societies", with(NOMINATED_SOCIETIES, List.of(nominee(), nominee()))),
        arguments("an empty list of nominated societies", with(NOMINATED_SOCIETIES, List.of())),
        arguments("the most nominated societies, 20",
            with(NOMINATED_SOCIETIES, copies(nominee(), PlanSubmissionValidator.MAX_NOMINEES))),
        arguments("the most volunteer teams, 50",
            with(VOLUNTEER_TEAMS, copies(team(), PlanSubmissionValidator.MAX_TEAMS))),
        arguments("the most sub-venues, 20",
            with(SUB_VENUES, copies(venue(), PlanSubmissionValidator.MAX_VENUES))),
        arguments("member count as text \"12\"", withTeam(TEAM_MEMBER_COUNT, "12")),
        arguments("member count as whole double 12.0", withTeam(TEAM_MEMBER_COUNT, 12.0)),
        arguments("member count 100000", withTeam(TEAM_MEMBER_COUNT, 100_000)),
        arguments("explicit SUBMIT action", with(SUBMISSION_ACTION, "SUBMIT")),
        arguments("withdraw with a reason and every plan field empty",
            map(SUBMISSION_ACTION, "WITHDRAW", WITHDRAW_REASON, "本单位今年另有安排，不参加本次活动")),
        arguments("withdraw with a reason of 5 characters", map(SUBMISSION_ACTION, "WITHDRAW", WITHDRAW_REASON, "另有安排了")));
  }

  @ParameterizedTest(name = "accepted: {0}")
  @MethodSource("acceptedVariants")
  void acceptedVariantHasNoViolations(String description, Map<String, Object> submission) {
    assertThat(validate(submission)).isEmpty();
  }

  @Test
  void planTextIsCountedInCodePointsNotUtf16Units() {
    String text = planText(299) + SUPPLEMENTARY;
    assertThat(text.length()).isEqualTo(301);

    assertThat(validate(with(PLAN_TEXT, planText(298) + SUPPLEMENTARY)))
        .singleElement().satisfies(v -> assertThat(v.message()).contains("当前299个字"));
    assertThat(validate(with(PLAN_TEXT, text))).isEmpty();
  }

  // ---------------------------------------------------------------- one failing case per rule

  static Stream<Arguments> violations() {
    return Stream.of(
        // Every required field, missing.
        missing(ACTIVITY_NAME, "主题活动名称"),
        missing(ORGANIZING_UNIT, "承办单位名称"),
        missing(DOCKING_PLATFORM, "对接入驻平台类型"),
        missing(DOCKING_PLATFORM_NAME, "对接入驻平台名称"),
        missing(VIDEO_LINK, "座谈会当天是否与北京主会场视频连线"),
        missing(CONTACT_NAME, "姓名"),
        missing(CONTACT_OFFICE_PHONE, "办公电话"),
        missing(CONTACT_MOBILE, "手机"),
        missing(CONTACT_EMAIL, "电子邮箱"),
        missing(PLAN_TEXT, "筹备工作方案"),
        arguments("activityName blank", with(ACTIVITY_NAME, "   "), ACTIVITY_NAME, "请填写“主题活动名称”"),
        // Too long.
        arguments("activityName 101 characters", with(ACTIVITY_NAME, "名".repeat(101)), ACTIVITY_NAME,
            "“主题活动名称”"),
        arguments("organizingUnit 101 characters", with(ORGANIZING_UNIT, "单".repeat(101)), ORGANIZING_UNIT,
            "“承办单位名称”"),
        arguments("dockingPlatformName 101 characters", with(DOCKING_PLATFORM_NAME, "台".repeat(101)),
            DOCKING_PLATFORM_NAME, "“对接入驻平台名称”"),
        arguments("contactName 51 characters", with(CONTACT_NAME, "张".repeat(51)), CONTACT_NAME, "“姓名”"),
        arguments("contactEmail 101 characters", with(CONTACT_EMAIL, "a".repeat(89) + "@example.org"),
            CONTACT_EMAIL, "“电子邮箱”"),
        // Formats.
        arguments("office phone 12345", with(CONTACT_OFFICE_PHONE, "12345"), CONTACT_OFFICE_PHONE, "“办公电话”"),
        arguments("office phone without area code", with(CONTACT_OFFICE_PHONE, "68571234"), CONTACT_OFFICE_PHONE,
            "“办公电话”"),
        arguments("office phone that is a mobile", with(CONTACT_OFFICE_PHONE, "13812345678"), CONTACT_OFFICE_PHONE,
            "“办公电话”"),
        arguments("mobile 12345", with(CONTACT_MOBILE, "12345"), CONTACT_MOBILE, "“手机”"),
        arguments("mobile 23812345678", with(CONTACT_MOBILE, "23812345678"), CONTACT_MOBILE, "“手机”"),
        arguments("mobile 12812345678 (second digit 2)", with(CONTACT_MOBILE, "12812345678"), CONTACT_MOBILE, "“手机”"),
        arguments("mobile of 12 digits", with(CONTACT_MOBILE, "138123456789"), CONTACT_MOBILE, "“手机”"),
        arguments("fax 12345", with(CONTACT_FAX, "12345"), CONTACT_FAX, "“传真”"),
        arguments("email without @", with(CONTACT_EMAIL, "contact.example.org"), CONTACT_EMAIL, "“电子邮箱”"),
        arguments("email without top-level domain", with(CONTACT_EMAIL, "contact@example"), CONTACT_EMAIL,
            "“电子邮箱”"),
        arguments("email with a space", with(CONTACT_EMAIL, "con tact@example.org"), CONTACT_EMAIL, "“电子邮箱”"),
        // Choices.
        arguments("unknown platform HOSPITAL", with(DOCKING_PLATFORM, "HOSPITAL"), DOCKING_PLATFORM,
            "“对接入驻平台类型”"),
        arguments("platform given by its label", with(DOCKING_PLATFORM, "党群服务中心"), DOCKING_PLATFORM,
            "“对接入驻平台类型”"),
        arguments("unknown videoLink value", with(VIDEO_LINK, "maybe"), VIDEO_LINK,
            "“座谈会当天是否与北京主会场视频连线”"),
        arguments("unknown submissionAction", with(SUBMISSION_ACTION, "LATER"), SUBMISSION_ACTION, "“报送方式”"),
        // The gateways compare choices exactly, so padding must not slip through as a valid option.
        arguments("padded videoLink", with(VIDEO_LINK, " yes "), VIDEO_LINK, "“座谈会当天是否与北京主会场视频连线”"),
        // Plan text length.
        arguments("plan text 299 characters", with(PLAN_TEXT, planText(299)), PLAN_TEXT, "“筹备工作方案”"),
        arguments("plan text 1501 characters", with(PLAN_TEXT, planText(1501)), PLAN_TEXT, "“筹备工作方案”"),
        // Volunteer teams.
        arguments("no volunteer team (empty list)", with(VOLUNTEER_TEAMS, List.of()), VOLUNTEER_TEAMS,
            "科技志愿服务队"),
        arguments("no volunteer team (absent)", without(VOLUNTEER_TEAMS), VOLUNTEER_TEAMS, "科技志愿服务队"),
        arguments("volunteer teams not a list of objects", with(VOLUNTEER_TEAMS, "中国化学会科技志愿服务总队"),
            VOLUNTEER_TEAMS, "科技志愿服务队"),
        arguments("51 volunteer teams", with(VOLUNTEER_TEAMS, copies(team(), 51)), VOLUNTEER_TEAMS,
            "科技志愿服务队"),
        arguments("team without name", withTeam(TEAM_NAME, null), TEAM_NAME, "“拟组建或推荐的科技志愿服务队”第1项：请填写“队伍名称”"),
        arguments("team without leader", withTeam(TEAM_LEADER, null), TEAM_LEADER, "“拟组建或推荐的科技志愿服务队”第1项：请填写“负责人”"),
        arguments("team with unknown level", withTeam(TEAM_LEVEL, "CITY_TEAM"), TEAM_LEVEL, "“拟组建或推荐的科技志愿服务队”第1项：“队伍层级”"),
        arguments("team without member count", withTeam(TEAM_MEMBER_COUNT, null), TEAM_MEMBER_COUNT,
            "“拟组建或推荐的科技志愿服务队”第1项：请填写“队员人数”"),
        arguments("team with member count 0", withTeam(TEAM_MEMBER_COUNT, 0), TEAM_MEMBER_COUNT,
            "“拟组建或推荐的科技志愿服务队”第1项：“队员人数”"),
        arguments("team with member count \"abc\"", withTeam(TEAM_MEMBER_COUNT, "abc"), TEAM_MEMBER_COUNT,
            "“拟组建或推荐的科技志愿服务队”第1项：“队员人数”"),
        arguments("team with member count 1.5", withTeam(TEAM_MEMBER_COUNT, 1.5), TEAM_MEMBER_COUNT,
            "“拟组建或推荐的科技志愿服务队”第1项：“队员人数”"),
        arguments("team with member count 100001", withTeam(TEAM_MEMBER_COUNT, 100_001), TEAM_MEMBER_COUNT,
            "“拟组建或推荐的科技志愿服务队”第1项：“队员人数”"),
        arguments("team with member count 4294967297 (2^32 + 1)", withTeam(TEAM_MEMBER_COUNT, 4_294_967_297L),
            TEAM_MEMBER_COUNT, "“拟组建或推荐的科技志愿服务队”第1项：“队员人数”"),
        arguments("second team without leader", with(VOLUNTEER_TEAMS, List.of(team(), team(TEAM_LEADER, null))),
            TEAM_LEADER, "“拟组建或推荐的科技志愿服务队”第2项：请填写“负责人”"),
        // Sub-venues.
        arguments("video link yes without sub-venues", without(SUB_VENUES), SUB_VENUES, "分会场"),
        arguments("video link yes with an empty sub-venue list", with(SUB_VENUES, List.of()), SUB_VENUES, "分会场"),
        arguments("21 sub-venues", with(SUB_VENUES, copies(venue(), 21)), SUB_VENUES, "分会场"),
        arguments("sub-venue without address", withVenue(VENUE_ADDRESS, null), VENUE_ADDRESS,
            "“分会场”第1项：请填写“地址”"),
        arguments("sub-venue with unknown kind", withVenue(VENUE_KIND, "HOSPITAL"), VENUE_KIND,
            "“分会场”第1项：“分会场类型”"),
        arguments("sub-venue address 201 characters", withVenue(VENUE_ADDRESS, "址".repeat(201)), VENUE_ADDRESS,
            "“分会场”第1项：“地址”"),
        // Nominated lower-level societies (optional).
        arguments("nominee without region", with(NOMINATED_SOCIETIES, List.of(nominee(), Map.of(NOMINEE_NAME, "某学会"))),
            NOMINEE_REGION, "“推荐参加遴选的下级学会”第2项：请填写“所在地区”"),
        arguments("nominee in a region outside the registry", with(NOMINATED_SOCIETIES,
            List.of(Map.of(NOMINEE_NAME, "某学会", NOMINEE_REGION, "浙江省"))), NOMINEE_REGION, "“推荐参加遴选的下级学会”第1项：“所在地区”"),
        arguments("21 nominees", with(NOMINATED_SOCIETIES, copies(nominee(), 21)), NOMINATED_SOCIETIES,
            "推荐的下级学会最多20个"),
        // Withdrawal.
        arguments("withdraw without reason", map(SUBMISSION_ACTION, "WITHDRAW"), WITHDRAW_REASON,
            "请填写“不参加的原因”"),
        arguments("withdraw with a 4-character reason", map(SUBMISSION_ACTION, "WITHDRAW", WITHDRAW_REASON, "另有安排"),
            WITHDRAW_REASON, "“不参加的原因”"));
  }

  @ParameterizedTest(name = "rejected: {0}")
  @MethodSource("violations")
  void reportsExactlyTheBrokenField(String description, Map<String, Object> submission, String field,
      String messageFragment) {
    assertThat(validate(submission)).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(messageFragment).containsPattern("\\p{IsHan}");
    });
  }

  @Test
  void lengthMessageTellsTheCurrentCount() {
    assertThat(validate(with(PLAN_TEXT, planText(1501)))).singleElement()
        .satisfies(v -> assertThat(v.message()).isEqualTo("“筹备工作方案”应为300至1500个字（当前1501个字）"));
  }

  @Test
  void emptySubmissionReportsEveryRequiredField() {
    assertThat(validate(Map.of())).extracting(FieldViolation::field).containsExactlyInAnyOrder(
        ACTIVITY_NAME, ORGANIZING_UNIT, DOCKING_PLATFORM, DOCKING_PLATFORM_NAME, VIDEO_LINK, CONTACT_NAME,
        CONTACT_OFFICE_PHONE, CONTACT_MOBILE, CONTACT_EMAIL, PLAN_TEXT, VOLUNTEER_TEAMS);
  }

  // ---------------------------------------------------------------- fixtures

  private List<FieldViolation> validate(Map<String, ?> submission) {
    return FormFiles.violations("plan-submission", validator, FormValues.of(submission));
  }

  private static Arguments missing(String key, String label) {
    return arguments(key + " missing", without(key), key, "请填写“" + label + "”");
  }

  static Map<String, Object> valid() {
    return CampaignFixtures.planSubmission("科技志愿服务进社区");
  }

  private static Map<String, Object> team(Object... overrides) {
    return override(map(TEAM_NAME, "中国化学会科技志愿服务总队", TEAM_LEVEL, "NATIONAL_SOCIETY_CORPS",
        TEAM_LEADER, "李四", TEAM_MEMBER_COUNT, 120), overrides);
  }

  private static Map<String, Object> venue(Object... overrides) {
    return override(map(VENUE_NAME, "中关村科学城分会场", VENUE_KIND, "INDUSTRIAL_PARK",
        VENUE_ORGANIZER, "中国化学会北京分会", VENUE_ADDRESS, "北京市海淀区中关村大街1号"), overrides);
  }

  private static Map<String, Object> with(Object... overrides) {
    return override(valid(), overrides);
  }

  private static Map<String, Object> without(String key) {
    return with(key, null);
  }

  private static Map<String, Object> withTeam(String key, Object value) {
    return with(VOLUNTEER_TEAMS, List.of(team(key, value)));
  }

  private static Map<String, Object> nominee() {
    return Map.of(NOMINEE_NAME, "浙江省化学会", NOMINEE_REGION, "浙江");
  }

  private static Map<String, Object> withVenue(String key, Object value) {
    return with(SUB_VENUES, List.of(venue(key, value)));
  }

  /** Key-value pairs; a null value removes the key. */
  private static Map<String, Object> override(Map<String, Object> base, Object... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        base.remove((String) pairs[i]);
      } else {
        base.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return base;
  }

  private static Map<String, Object> map(Object... pairs) {
    return override(new HashMap<>(), pairs);
  }

  private static List<Map<String, Object>> copies(Map<String, Object> entry, int count) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(entry);
    }
    return list;
  }
}
