package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.reminder.Deadlines;

/**
 * What the campaign start form (forms/campaign-start.form) cannot say itself: a campaign id not yet used, dates
 * in order, and at least one organisation when the notice goes to chosen ones.
 */
@Component
class CampaignStartValidator implements FormValidator {

  private final CampaignRepository campaigns;
  private final Deadlines deadlines;

  CampaignStartValidator(CampaignRepository campaigns, Deadlines deadlines) {
    this.campaigns = campaigns;
    this.deadlines = deadlines;
  }

  @Override
  public String formId() {
    return START_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
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
      checks.check(codes == null || !codes.isEmpty(), RECIPIENT_CODES, "通知范围为“指定单位”时，请至少选择一个单位");
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
