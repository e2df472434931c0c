package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.util.List;
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
 * The steps of centrePairing: each checks its form again on the server and calls {@link PairingService}.
 * The approval keeps the requester off with the team registration's keepApplicantOffApprovalListener.
 */
@Configuration
public class PairingDelegates {

  /** The pairing a task's form names is the one the process is keyed with (on the REST API: 400). */
  @Bean
  SubmissionRule pairingRecordRule(RuntimeService runtime) {
    return RecordGuard.keyedRecord(Set.of(APPROVAL_FORM, REQUEST_FORM), PAIRING_ID, Pairing::code, runtime, "结对申请");
  }

  /** 登记结对申请: the request on record, waiting for its approver. */
  @Bean
  JavaDelegate registerPairingRequestDelegate(FormRules formRules, PairingService pairings,
      IdentityService identityService) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(REQUEST_FORM, values.asMap());
      Authentication requester = identityService.getCurrentAuthentication();
      PairingService.Registration registration = pairings.register(requester == null ? null : requester.getUserId(),
          requester == null ? List.of() : requester.getGroupIds(), PairingRequest.of(values));
      // Who asked is who is signed in, whatever the start's variables said.
      execution.setVariable(APPLICANT, requester == null ? null : requester.getUserId());
      execution.setVariable(PAIRING_ID, registration.pairingId());
      execution.setProcessBusinessKey(Pairing.code(registration.pairingId()));
      shown(execution, registration);
    };
  }

  /** 更新结对申请: the requester's corrections, checked as the first time. */
  @Bean
  JavaDelegate updatePairingRequestDelegate(FormRules formRules, PairingService pairings) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(REQUEST_FORM, values.asMap());
      shown(execution, pairings.revise((Long) execution.getVariable(PAIRING_ID), execution.getProcessBusinessKey(),
          PairingRequest.of(values)));
    };
  }

  /** On completing 审批: the decision checked and on the pairing's record before the process follows it. */
  @Bean
  TaskListener pairingDecisionListener(FormRules formRules, PairingService pairings,
      CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = FormValues.of(task.getVariables());
      formRules.enforce(APPROVAL_FORM, values.asMap());
      pairings.decide((Long) task.getVariable(PAIRING_ID), task.getExecution().getProcessBusinessKey(),
          PairingDecision.valueOf(values.text(DECISION)), currentUser.id(), values.text(DECISION_COMMENT));
    };
  }

  /** Who approves, and what the approval form shows. */
  private static void shown(DelegateExecution execution, PairingService.Registration registration) {
    execution.setVariable(APPROVER_GROUP, registration.approverGroup());
    execution.setVariable(CENTRE_NAME, registration.centreName());
    execution.setVariable(CENTRE_PLACE, registration.centrePlace());
    execution.setVariable(REQUESTER_ORGANIZATION, registration.requesterName());
    execution.setVariable(PARTY_NAME, registration.partyName());
  }
}
