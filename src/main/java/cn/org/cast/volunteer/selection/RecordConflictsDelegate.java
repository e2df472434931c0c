package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.CurrentUser;

/** 登记回避单位: the declaring reviewer's conflicts, checked again on the server, then on record. */
@Component("recordConflictsDelegate")
public class RecordConflictsDelegate implements JavaDelegate {

  private final FormRules formRules;
  private final ScoringRepository scores;
  private final CurrentUser currentUser;

  public RecordConflictsDelegate(FormRules formRules, ScoringRepository scores,
      CurrentUser currentUser) {
    this.formRules = formRules;
    this.scores = scores;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FormValues values = FormValues.of(execution.getVariables());
    formRules.enforce(CONFLICT_FORM, values.asMap());
    String reviewer = currentUser.id();
    if (reviewer == null) {
      throw new IllegalStateException("A conflict is declared by a signed-in reviewer");
    }
    values.strings(CONFLICT_ORGS).forEach(org -> scores.declareConflict(reviewer, org, values.text(CONFLICT_REASON)));
    execution.setProcessBusinessKey(reviewer);
  }
}
