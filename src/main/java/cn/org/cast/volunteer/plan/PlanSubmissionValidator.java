package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.organization.OrganizationRegistry;

/**
 * The rules of forms/plan-submission.form (Attachment 1), the same ones the form checks in the
 * browser. The plan text is counted in characters as a person counts them: 300 to 1,500 (the
 * notice asks for about 800).
 */
@Component
public class PlanSubmissionValidator implements FormValidator {

  public static final int PLAN_TEXT_MIN = 300;
  public static final int PLAN_TEXT_MAX = 1500;
  public static final int MAX_TEAMS = 50;
  public static final int MAX_NOMINEES = 20;
  public static final int MAX_VENUES = 20;
  static final int MAX_TEAM_MEMBERS = 100_000;

  private static final List<String> PLATFORMS = names(Platform.values());
  private static final List<String> TEAM_LEVELS = names(TeamLevel.values());
  private static final List<String> REGIONS = OrganizationRegistry.provincialRegions();

  @Override
  public String formId() {
    return SUBMISSION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .oneOf(SUBMISSION_ACTION, "报送方式", names(SubmissionAction.values()));
    if (SubmissionAction.WITHDRAW.name().equals(values.text(SUBMISSION_ACTION))) {
      return checks.required(WITHDRAW_REASON, "不参加的原因").length(WITHDRAW_REASON, "不参加的原因", 5, 500)
          .violations();
    }
    checks
        .required(ACTIVITY_NAME, "主题活动名称").maxLength(ACTIVITY_NAME, "主题活动名称", 100)
        .required(ORGANIZING_UNIT, "承办单位名称").maxLength(ORGANIZING_UNIT, "承办单位名称", 100)
        .required(DOCKING_PLATFORM, "对接入驻平台类型").oneOf(DOCKING_PLATFORM, "对接入驻平台类型", PLATFORMS)
        .required(DOCKING_PLATFORM_NAME, "对接入驻平台名称").maxLength(DOCKING_PLATFORM_NAME, "对接入驻平台名称", 100)
        .required(VIDEO_LINK, "座谈会当天是否与北京主会场视频连线").oneOf(VIDEO_LINK, "座谈会当天是否与北京主会场视频连线",
            List.of(PlanSubmission.YES, "no"))
        .required(CONTACT_NAME, "联系人").maxLength(CONTACT_NAME, "联系人", 50)
        .required(CONTACT_OFFICE_PHONE, "办公电话")
        .matches(CONTACT_OFFICE_PHONE, "办公电话", FieldChecks.LANDLINE, "010-68571234")
        .required(CONTACT_MOBILE, "手机").matches(CONTACT_MOBILE, "手机", FieldChecks.MOBILE, "13812345678")
        .matches(CONTACT_FAX, "传真", FieldChecks.LANDLINE, "010-68571235")
        .required(CONTACT_EMAIL, "电子邮箱").maxLength(CONTACT_EMAIL, "电子邮箱", 100)
        .matches(CONTACT_EMAIL, "电子邮箱", FieldChecks.EMAIL, "name@example.org.cn")
        .required(PLAN_TEXT, "筹备工作方案").length(PLAN_TEXT, "筹备工作方案", PLAN_TEXT_MIN, PLAN_TEXT_MAX);
    checkTeams(values, checks);
    checkVenues(values, checks);
    checkNominees(values, checks);
    return checks.violations();
  }

  /** Lower-level societies the host puts forward for the selection (seed K1): optional. */
  private static void checkNominees(FormValues values, FieldChecks checks) {
    List<FormValues> nominees = values.list(NOMINATED_SOCIETIES);
    if (nominees == null) {
      return;
    }
    if (nominees.size() > MAX_NOMINEES) {
      checks.check(false, NOMINATED_SOCIETIES, "推荐的下级学会最多" + MAX_NOMINEES + "个");
      return;
    }
    for (int i = 0; i < nominees.size(); i++) {
      checks.entry(nominees.get(i), "第" + (i + 1) + "个推荐学会：")
          .required(NOMINEE_NAME, "学会名称").maxLength(NOMINEE_NAME, "学会名称", 100)
          .required(NOMINEE_REGION, "所在地区").oneOf(NOMINEE_REGION, "所在地区", REGIONS);
    }
  }

  private static void checkTeams(FormValues values, FieldChecks checks) {
    List<FormValues> teams = values.list(VOLUNTEER_TEAMS);
    if (teams == null || teams.isEmpty() || teams.size() > MAX_TEAMS) {
      checks.check(false, VOLUNTEER_TEAMS, "请填写拟组建或推荐的科技志愿服务队（1至" + MAX_TEAMS + "支）");
      return;
    }
    for (int i = 0; i < teams.size(); i++) {
      checks.entry(teams.get(i), "第" + (i + 1) + "支服务队：")
          .required(TEAM_NAME, "队伍名称").maxLength(TEAM_NAME, "队伍名称", 100)
          .required(TEAM_LEVEL, "队伍层级").oneOf(TEAM_LEVEL, "队伍层级", TEAM_LEVELS)
          .required(TEAM_LEADER, "负责人").maxLength(TEAM_LEADER, "负责人", 50)
          .required(TEAM_MEMBER_COUNT, "队员人数").range(TEAM_MEMBER_COUNT, "队员人数", 1, MAX_TEAM_MEMBERS);
    }
  }

  /** Sub-venues are asked for only when the plan takes part in the video link (R1, K2). */
  private static void checkVenues(FormValues values, FieldChecks checks) {
    if (!PlanSubmission.YES.equals(values.text(VIDEO_LINK))) {
      return;
    }
    List<FormValues> venues = values.list(SUB_VENUES);
    if (venues == null || venues.isEmpty() || venues.size() > MAX_VENUES) {
      checks.check(false, SUB_VENUES, "选择与北京主会场视频连线时，请填写分会场（1至" + MAX_VENUES + "个）");
      return;
    }
    for (int i = 0; i < venues.size(); i++) {
      checks.entry(venues.get(i), "第" + (i + 1) + "个分会场：")
          .required(VENUE_NAME, "分会场名称").maxLength(VENUE_NAME, "分会场名称", 100)
          .required(VENUE_KIND, "分会场类型").oneOf(VENUE_KIND, "分会场类型", PLATFORMS)
          .required(VENUE_ORGANIZER, "承办单位").maxLength(VENUE_ORGANIZER, "承办单位", 100)
          .required(VENUE_ADDRESS, "地址").maxLength(VENUE_ADDRESS, "地址", 200);
    }
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
