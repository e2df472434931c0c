package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.org.cast.volunteer.CampaignFixtures;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;

class CampaignStartValidatorTest {

  private static final String USED_ID = "2019";

  private final CampaignRepository campaigns = mock(CampaignRepository.class);
  private final Deadlines deadlines = mock(Deadlines.class);
  private final CampaignStartValidator validator = new CampaignStartValidator(campaigns, deadlines);

  @BeforeEach
  void todayAndAUsedId() {
    when(deadlines.today()).thenReturn(LocalDate.of(2019, 4, 30));
    when(campaigns.exists(any())).thenReturn(false);
    when(campaigns.exists(USED_ID)).thenReturn(true);
  }

  @Test
  void validStartFormPasses() {
    assertThat(validate(valid())).isEmpty();
  }

  @Test
  void validSelectedRecipientsPass() {
    assertThat(validate(with(RECIPIENT_SCOPE, "SELECTED", RECIPIENT_CODES, List.of("N006", "P110000")))).isEmpty();
  }

  @Test
  void boundaryQuotasPass() {
    assertThat(validate(with(SOCIETY_QUOTA, 1, TEAM_QUOTA, 1000))).isEmpty();
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        missing(CampaignProcess.CAMPAIGN_ID, "活动编号"),
        missing(CAMPAIGN_NAME, "活动名称"),
        missing(THEME, "活动主题"),
        missing(NOTICE_TEXT, "通知正文"),
        missing(ISSUE_DATE, "印发日期"),
        missing(SYMPOSIUM_DATE, "座谈会日期"),
        missing(SOCIETY_QUOTA, "遴选学会数量"),
        missing(TEAM_QUOTA, "遴选科技志愿服务队数量"),
        missing(VENUE_QUOTA, "分会场数量"),
        missing(RECIPIENT_SCOPE, "通知范围"),
        missing(NOTICE_CONTACTS, "联系方式"),
        arguments("deadline already past", with(ISSUE_DATE, "2019-04-01", PLAN_DEADLINE, "2019-04-15"), PLAN_DEADLINE,
            "方案报送截止日期应晚于今天"),
        arguments("campaign name 201 characters", with(CAMPAIGN_NAME, "名".repeat(201)), CAMPAIGN_NAME, "“活动名称”"),
        arguments("notice text 19 characters", with(NOTICE_TEXT, "通".repeat(19)), NOTICE_TEXT, "“通知正文”"),
        arguments("id \"2019/1\"", with(CampaignProcess.CAMPAIGN_ID, "2019/1"), CampaignProcess.CAMPAIGN_ID,
            "“活动编号”格式不正确"),
        arguments("id \"a\"", with(CampaignProcess.CAMPAIGN_ID, "a"), CampaignProcess.CAMPAIGN_ID, "“活动编号”格式不正确"),
        arguments("id of 33 characters", with(CampaignProcess.CAMPAIGN_ID, "a".repeat(33)), CampaignProcess.CAMPAIGN_ID,
            "“活动编号”格式不正确"),
        arguments("id with Chinese characters", with(CampaignProcess.CAMPAIGN_ID, "第三届"), CampaignProcess.CAMPAIGN_ID,
            "“活动编号”格式不正确"),
        arguments("id already used", with(CampaignProcess.CAMPAIGN_ID, USED_ID), CampaignProcess.CAMPAIGN_ID,
            "活动编号“2019”已被使用"),
        arguments("issue date 2019-02-30", with(ISSUE_DATE, "2019-02-30"), ISSUE_DATE, "“印发日期”应为有效日期"),
        arguments("symposium date 2019/05/30", with(SYMPOSIUM_DATE, "2019/05/30"), SYMPOSIUM_DATE,
            "“座谈会日期”应为有效日期"),
        arguments("deadline on the issue date", with(ISSUE_DATE, "2019-05-06", PLAN_DEADLINE, "2019-05-06"), PLAN_DEADLINE,
            "方案报送截止日期应晚于印发日期"),
        arguments("deadline before the issue date", with(ISSUE_DATE, "2019-05-07", PLAN_DEADLINE, "2019-05-06"),
            PLAN_DEADLINE, "方案报送截止日期应晚于印发日期"),
        arguments("symposium on the deadline", with(SYMPOSIUM_DATE, "2019-05-10"), SYMPOSIUM_DATE,
            "座谈会日期应晚于方案报送截止日期"),
        arguments("symposium before the deadline", with(SYMPOSIUM_DATE, "2019-05-09"), SYMPOSIUM_DATE,
            "座谈会日期应晚于方案报送截止日期"),
        arguments("society quota 0", with(SOCIETY_QUOTA, 0), SOCIETY_QUOTA, "“遴选学会数量”应为1至1000之间的整数"),
        arguments("society quota 1001", with(SOCIETY_QUOTA, 1001), SOCIETY_QUOTA, "“遴选学会数量”应为1至1000之间的整数"),
        arguments("society quota \"abc\"", with(SOCIETY_QUOTA, "abc"), SOCIETY_QUOTA, "“遴选学会数量”应为1至1000之间的整数"),
        arguments("team quota 0", with(TEAM_QUOTA, 0), TEAM_QUOTA, "“遴选科技志愿服务队数量”应为1至1000之间的整数"),
        arguments("unknown scope", with(RECIPIENT_SCOPE, "EVERYONE"), RECIPIENT_SCOPE, "“通知范围”的取值无效"),
        arguments("SELECTED with an empty list", with(RECIPIENT_SCOPE, "SELECTED", RECIPIENT_CODES, List.of()),
            RECIPIENT_CODES, "请至少选择一个单位"),
        arguments("SELECTED without a list", with(RECIPIENT_SCOPE, "SELECTED"), RECIPIENT_CODES, "请至少选择一个单位"),
        arguments("SELECTED with a list of numbers", with(RECIPIENT_SCOPE, "SELECTED", RECIPIENT_CODES, List.of(6)),
            RECIPIENT_CODES, "“指定单位”的取值无效"),
        arguments("SELECTED with an unknown code",
            with(RECIPIENT_SCOPE, "SELECTED", RECIPIENT_CODES, List.of("N006", "X999")), RECIPIENT_CODES,
            "“指定单位”中以下选项无效：X999"));
  }

  @ParameterizedTest(name = "rejected: {0}")
  @MethodSource("violations")
  void reportsExactlyTheBrokenField(String description, Map<String, Object> form, String field, String fragment) {
    assertThat(validate(form)).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(fragment).containsPattern("\\p{IsHan}");
    });
  }

  @Test
  void missingDeadlineIsReportedOnceWithoutDateOrderMessages() {
    assertThat(validate(with(PLAN_DEADLINE, null))).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(PLAN_DEADLINE);
      assertThat(violation.message()).isEqualTo("请填写“方案报送截止日期”");
    });
  }

  @Test
  void selectedRecipientsAreNotCheckedForOtherScopes() {
    assertThat(validate(with(RECIPIENT_SCOPE, "NATIONAL_SOCIETIES", RECIPIENT_CODES, List.of("X999")))).isEmpty();
  }

  // ---------------------------------------------------------------- fixtures

  private List<FieldViolation> validate(Map<String, ?> form) {
    return FormFiles.violations("campaign-start", validator, FormValues.of(form));
  }

  private static Arguments missing(String key, String label) {
    return arguments(key + " missing", with(key, null), key, "请填写“" + label + "”");
  }

  private static Map<String, Object> valid() {
    return CampaignFixtures.startForm("2020-volunteers", null);
  }

  /** The valid form with key-value pairs replaced; a null value removes the key. */
  private static Map<String, Object> with(Object... pairs) {
    Map<String, Object> form = valid();
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i + 1] == null) {
        form.remove((String) pairs[i]);
      } else {
        form.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return form;
  }
}
