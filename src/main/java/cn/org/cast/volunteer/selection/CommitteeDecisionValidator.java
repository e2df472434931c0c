package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.notice.CampaignProcess;

/**
 * The rules of forms/committee-decision.form: every change names a candidate, a direction and a
 * reason, and a quota left short or exceeded says why (checked against the proposal on record).
 */
@Component
public class CommitteeDecisionValidator implements FormValidator, SubmissionRule {

  private final SelectionService selection;

  public CommitteeDecisionValidator(SelectionService selection) {
    this.selection = selection;
  }

  @Override
  public String formId() {
    return DECIDE_FORM;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(DECIDE_FORM);
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .check(Boolean.TRUE.equals(values.raw(APPROVE_SELECTION)), APPROVE_SELECTION, "请勾选“审定遴选名单”")
        .maxLength(QUOTA_REASON, "名额说明", 500);
    List<FormValues> changes = values.list(SELECTION_CHANGES);
    if (changes == null) {
      return checks.check(false, SELECTION_CHANGES, "“调整”的取值无效").violations();
    }
    for (int i = 0; i < changes.size(); i++) {
      checks.entry(changes.get(i), "第" + (i + 1) + "项调整：")
          .required(CHANGE_POOL, "类别").oneOf(CHANGE_POOL, "类别", Arrays.stream(Pool.values()).map(Enum::name).toList())
          .required(CHANGE_CANDIDATE, "候选编号")
          .required(CHANGE_ACTION, "调整方式").oneOf(CHANGE_ACTION, "调整方式", List.of("IN", "OUT"))
          .required(CHANGE_REASON, "理由").length(CHANGE_REASON, "理由", 5, 500);
    }
    return checks.violations();
  }

  @Override
  public List<FieldViolation> check(String processInstanceId, FormValues values) {
    return selection.check(values.text(CampaignProcess.CAMPAIGN_ID), changes(values), values.text(QUOTA_REASON));
  }

  static List<SelectionService.Change> changes(FormValues values) {
    return values.list(SELECTION_CHANGES).stream().map(change -> new SelectionService.Change(
        Pool.valueOf(change.text(CHANGE_POOL)), change.text(CHANGE_CANDIDATE), "IN".equals(change.text(CHANGE_ACTION)),
        change.text(CHANGE_REASON))).toList();
  }
}
