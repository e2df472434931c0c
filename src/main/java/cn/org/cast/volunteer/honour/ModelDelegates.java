package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.security.CurrentUser;
import cn.org.cast.volunteer.security.RecordGuard;

/**
 * The steps of modelNomination: each checks its form again on the server and calls {@link ModelService}.
 * The review keeps the nominator off with the team process's listener (keepApplicantOffApprovalListener).
 */
@Configuration
public class ModelDelegates {

  /** The nomination a task's form names is the one the process is keyed with (on the REST API: 400). */
  @Bean
  SubmissionRule nominationRecordRule(RuntimeService runtime) {
    return RecordGuard.keyedRecord(Set.of(REVIEW_FORM, PROPOSAL_FORM), NOMINATION_ID, Nomination::code, runtime, "推荐");
  }

  /** 登记推荐: the nomination on record, waiting for review. */
  @Bean
  JavaDelegate registerNominationDelegate(FormRules formRules, ModelService models,
      IdentityService identityService) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(PROPOSAL_FORM, values.asMap());
      Authentication nominator = identityService.getCurrentAuthentication();
      ModelService.Registration registration = models.nominate(nominator.getUserId(), nominator.getGroupIds(),
          ModelProposal.of(values));
      // Who nominated is who is signed in, whatever the start's variables said.
      execution.setVariable(NOMINATOR, nominator.getUserId());
      execution.setVariable(NOMINATION_ID, registration.nominationId());
      show(execution, registration);
      execution.setProcessBusinessKey(Nomination.code(registration.nominationId()));
    };
  }

  /** 更新推荐: the nominator's corrections, checked as the first time; the last review's comment stays shown. */
  @Bean
  JavaDelegate updateNominationDelegate(FormRules formRules, ModelService models) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(PROPOSAL_FORM, values.asMap());
      show(execution, models.revise((Long) execution.getVariable(NOMINATION_ID), execution.getProcessBusinessKey(),
          ModelProposal.of(values)));
      // The review starts afresh: its form offers no answer preselected from the last round.
      execution.removeVariable(DECISION);
    };
  }

  /** On completing 评审: the decision checked and on the nomination's record before the process follows it. */
  @Bean
  TaskListener modelDecisionListener(FormRules formRules, ModelService models, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = FormValues.of(task.getVariables());
      formRules.enforce(REVIEW_FORM, values.asMap());
      models.decide((Long) task.getVariable(NOMINATION_ID), task.getExecution().getProcessBusinessKey(),
          ModelDecision.valueOf(values.text(DECISION)), currentUser.id(), values.text(DECISION_COMMENT),
          values.text(CITATION));
    };
  }

  /** What the review form shows besides the nomination itself. */
  private static void show(DelegateExecution execution, ModelService.Registration registration) {
    execution.setVariable(TEAM_NAME, registration.teamName());
    execution.setVariable(HOST_ORGANIZATION, registration.hostName());
    execution.setVariable(SOURCES, registration.sources());
  }
}
