package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;

/**
 * The duplicate a demand is merged into is one of the same owner's, still open, and not the demand itself:
 * told to Tasklist as the form's own messages, before the engine's listener enforces it again.
 */
@Component
class MergeTargetRule implements SubmissionRule {

  private final DemandService demands;

  MergeTargetRule(DemandService demands) {
    this.demands = demands;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(TRIAGE_FORM);
  }

  @Override
  public List<FieldViolation> check(String processInstanceId, FormValues values) {
    boolean merging = TriageDecision.MERGE.name().equals(values.raw(TRIAGE_DECISION));
    return merging ? demands.mergeProblems(((Number) values.raw(DEMAND_ID)).longValue(), values.text(MERGE_INTO)) : List.of();
  }
}
