package cn.org.cast.volunteer.document;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.plan.Platform;
import cn.org.cast.volunteer.plan.TeamLevel;

/**
 * Attachment 1 of the notice, 全国科技工作者日主题活动筹备工作方案, filled in from a plan's form values
 * as far as they go: what the Word and PDF renderings lay out, row by row, like the notice's table.
 */
record AttachmentOne(List<Row> rows, List<String> contactLabels, List<String> contacts, String planText,
    List<List<String>> teams, List<List<String>> venues, List<List<String>> nominees) {

  public static final String TITLE = "全国科技工作者日主题活动筹备工作方案";
  public static final String PLAN_TEXT_LABEL = "筹备工作方案";
  public static final List<String> TEAM_COLUMNS = List.of("队伍名称", "队伍层级", "负责人", "队员人数");
  public static final List<String> VENUE_COLUMNS = List.of("分会场名称", "分会场类型", "承办单位", "地址");
  public static final List<String> NOMINEE_COLUMNS = List.of("学会名称", "所在地区");
  public static final String NOMINEES_TITLE = "推荐参加遴选的下级学会";

  /** A label and its value; blank values are left for the organisation to write by hand. */
  public record Row(String label, String value) {}

  public static AttachmentOne from(FormValues form) {
    String platform = label(form.text(DOCKING_PLATFORM), Platform.values(), Platform::label);
    String platformName = text(form, DOCKING_PLATFORM_NAME);
    String video = "yes".equals(form.text(VIDEO_LINK)) ? "是" : "no".equals(form.text(VIDEO_LINK)) ? "否" : "";
    List<Row> rows = List.of(
        new Row("单位盖章", ""),
        new Row("报送时间", ""),
        new Row("主办单位名称", text(form, HOST_ORGANIZATION)),
        new Row("主题活动名称", text(form, ACTIVITY_NAME)),
        new Row("承办单位名称", text(form, ORGANIZING_UNIT)),
        new Row("对接入驻平台", (platform + " " + platformName).strip()),
        new Row("座谈会当天与北京主场视频连线", video));
    List<String> contacts = List.of(text(form, CONTACT_NAME), text(form, CONTACT_OFFICE_PHONE),
        text(form, CONTACT_MOBILE), text(form, CONTACT_FAX), text(form, CONTACT_EMAIL));
    List<FormValues> teams = form.list(VOLUNTEER_TEAMS) == null ? List.of() : form.list(VOLUNTEER_TEAMS);
    List<FormValues> venues = form.list(SUB_VENUES) == null || !"yes".equals(form.text(VIDEO_LINK))
        ? List.of() : form.list(SUB_VENUES);
    List<FormValues> nominees = form.list(NOMINATED_SOCIETIES) == null ? List.of() : form.list(NOMINATED_SOCIETIES);
    return new AttachmentOne(rows, List.of("姓名", "办公电话", "手机", "传真", "电子邮箱"), contacts,
        text(form, PLAN_TEXT),
        teams.stream().map(team -> List.of(text(team, TEAM_NAME),
            label(team.text(TEAM_LEVEL), TeamLevel.values(), TeamLevel::label), text(team, TEAM_LEADER),
            text(team, TEAM_MEMBER_COUNT))).toList(),
        venues.stream().map(venue -> List.of(text(venue, VENUE_NAME),
            label(venue.text(VENUE_KIND), Platform.values(), Platform::label), text(venue, VENUE_ORGANIZER),
            text(venue, VENUE_ADDRESS))).toList(),
        nominees.stream().map(nominee -> List.of(text(nominee, NOMINEE_NAME), text(nominee, NOMINEE_REGION))).toList());
  }

  private static String text(FormValues values, String key) {
    Object raw = values.raw(key);
    return raw == null ? "" : raw.toString().strip();
  }

  private static <E extends Enum<E>> String label(String name, E[] values, Function<E, String> label) {
    return Arrays.stream(values).filter(value -> value.name().equals(name)).map(label).findFirst()
        .orElse(name == null ? "" : name);
  }
}
