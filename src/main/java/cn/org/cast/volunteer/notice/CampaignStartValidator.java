package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.reminder.Deadlines;

/** The rules of the campaign start form (forms/campaign-start.form). */
@Component
public class CampaignStartValidator implements FormValidator {

  /** Letters, digits and hyphens: the id is the business key, and plans' keys append "/orgCode". */
  static final Pattern CAMPAIGN_ID_PATTERN = Pattern.compile("[0-9A-Za-z-]{2,32}");
  static final int MAX_QUOTA = 1000;
  static final int MAX_VENUES = 100;

  private final CampaignRepository campaigns;
  private final Organizations organizations;
  private final Deadlines deadlines;

  public CampaignStartValidator(CampaignRepository campaigns, Organizations organizations,
      Deadlines deadlines) {
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.deadlines = deadlines;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(CAMPAIGN_ID, "活动编号").matches(CAMPAIGN_ID, "活动编号", CAMPAIGN_ID_PATTERN, "2019（字母、数字或连字符，2至32位）")
        .required(CAMPAIGN_NAME, "活动名称").maxLength(CAMPAIGN_NAME, "活动名称", 200)
        .required(THEME, "活动主题").maxLength(THEME, "活动主题", 200)
        .required(NOTICE_TEXT, "通知正文").length(NOTICE_TEXT, "通知正文", 20, 20000)
        .required(NOTICE_CONTACTS, "联系方式").length(NOTICE_CONTACTS, "联系方式", 5, 1000)
        .required(ISSUE_DATE, "印发日期").date(ISSUE_DATE, "印发日期")
        .required(PLAN_DEADLINE, "方案报送截止日期").date(PLAN_DEADLINE, "方案报送截止日期")
        .required(SYMPOSIUM_DATE, "座谈会日期").date(SYMPOSIUM_DATE, "座谈会日期")
        .required(SOCIETY_QUOTA, "遴选学会数量").range(SOCIETY_QUOTA, "遴选学会数量", 1, MAX_QUOTA)
        .required(TEAM_QUOTA, "遴选志愿服务队数量").range(TEAM_QUOTA, "遴选志愿服务队数量", 1, MAX_QUOTA)
        .required(VENUE_QUOTA, "分会场数量").range(VENUE_QUOTA, "分会场数量", 0, MAX_VENUES)
        .required(RECIPIENT_SCOPE, "通知范围")
        .oneOf(RECIPIENT_SCOPE, "通知范围", Arrays.stream(RecipientScope.values()).map(Enum::name).toList());

    String id = values.text(CAMPAIGN_ID);
    checks.check(id == null || !campaigns.exists(id), CAMPAIGN_ID, "活动编号“" + id + "”已被使用，请换一个编号");

    LocalDate issue = values.date(ISSUE_DATE);
    LocalDate deadline = values.date(PLAN_DEADLINE);
    LocalDate symposium = values.date(SYMPOSIUM_DATE);
    if (deadline != null) {
      checks.check(deadline.isAfter(deadlines.today()), PLAN_DEADLINE, "方案报送截止日期应晚于今天");
    }
    if (issue != null && deadline != null) {
      checks.check(deadline.isAfter(issue), PLAN_DEADLINE, "方案报送截止日期应晚于印发日期");
    }
    if (deadline != null && symposium != null) {
      checks.check(symposium.isAfter(deadline), SYMPOSIUM_DATE, "座谈会日期应晚于方案报送截止日期");
    }

    if (RecipientScope.SELECTED.name().equals(values.text(RECIPIENT_SCOPE))) {
      List<String> codes = values.strings(RECIPIENT_CODES);
      if (codes == null) {
        checks.check(false, RECIPIENT_CODES, "“指定单位”的取值无效，请从列表中选择");
      } else if (codes.isEmpty()) {
        checks.check(false, RECIPIENT_CODES, "通知范围为“指定单位”时，请至少选择一个单位");
      } else {
        Set<String> unknown = organizations.unknownCodes(codes);
        checks.check(unknown.isEmpty(), RECIPIENT_CODES, "以下单位不在名录中：" + String.join("、", unknown));
      }
    }
    return checks.violations();
  }

  /** The campaign a valid start form describes. */
  static Campaign toCampaign(FormValues values) {
    return new Campaign(values.text(CAMPAIGN_ID), values.text(CAMPAIGN_NAME), values.text(THEME),
        values.text(NOTICE_TEXT), values.date(ISSUE_DATE), values.date(PLAN_DEADLINE), values.date(SYMPOSIUM_DATE),
        values.integer(SOCIETY_QUOTA), values.integer(TEAM_QUOTA), values.integer(VENUE_QUOTA),
        values.text(NOTICE_CONTACTS));
  }
}
