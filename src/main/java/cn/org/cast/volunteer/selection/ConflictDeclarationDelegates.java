package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The step of conflictDeclaration, named after its element. The second name is that of models deployed before
 * this version, whose instances still run.
 */
@Configuration
class ConflictDeclarationDelegates {

  /** 登记回避单位: the declaring reviewer's conflicts, checked again on the server, then on record. */
  @Bean({"recordConflicts", "recordConflictsDelegate"})
  JavaDelegate recordConflicts(FormRules rules, ScoringRepository scores, CurrentUser currentUser) {
    return (DelegateExecution execution) -> {
      FormValues values = rules.enforce(CONFLICT_FORM, execution.getVariables());
      String reviewer = currentUser.id();
      if (reviewer == null) {
        throw new IllegalStateException("A conflict is declared by a signed-in reviewer");
      }
      values.strings(CONFLICT_ORGS).forEach(org -> scores.declareConflict(reviewer, org, values.text(CONFLICT_REASON)));
      execution.setProcessBusinessKey(reviewer);
    };
  }
}
