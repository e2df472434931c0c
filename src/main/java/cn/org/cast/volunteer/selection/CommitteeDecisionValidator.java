package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.notice.CampaignProcess;

/**
 * What forms/committee-decision.form cannot say itself: the changes apply to the proposal on record, and a
 * quota left short or exceeded says why. The form's own rules (each change's candidate, direction and
 * reason, the approval box) are the form's.
 */
@Component
class CommitteeDecisionValidator implements SubmissionRule {

  private final SelectionService selection;

  CommitteeDecisionValidator(SelectionService selection) {
    this.selection = selection;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(DECIDE_FORM);
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
