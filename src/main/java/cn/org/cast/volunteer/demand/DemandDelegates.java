package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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

/** The steps of demandTriage: each checks its form again on the server and calls {@link DemandService}. */
@Configuration
public class DemandDelegates {

  /** The demand the triage form names is the one the process is keyed with (on the REST API: 400). */
  @Bean
  SubmissionRule demandTriageRecordRule(RuntimeService runtime) {
    return RecordGuard.keyedRecord(Set.of(TRIAGE_FORM), DEMAND_ID, Demand::code, runtime, "需求");
  }

  /** 登记需求 (staff entry): the demand on record, owned by the staff member's organisation. */
  @Bean
  JavaDelegate recordDemandDelegate(FormRules formRules, DemandService demands,
      IdentityService identityService) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(ENTRY_FORM, values.asMap());
      Authentication user = identityService.getCurrentAuthentication();
      Demand demand = demands.enterByStaff(user == null ? null : user.getUserId(),
          user == null ? List.of() : user.getGroupIds(), DemandSubmission.of(values));
      // Who entered it is who is signed in, whatever the start's variables said.
      execution.setVariable(ENTERED_BY, demand.enteredBy());
      execution.setVariables(demands.processVariables(demand));
      execution.setProcessBusinessKey(demand.code());
    };
  }

  /**
   * On 公众在线提交需求: only the app starts it, after recording the demand; a signed-in user correlating the
   * message (the engine's REST API) would name a demand of their choosing, so nobody may.
   */
  @Bean
  ExecutionListener publicStartBySystemOnlyListener(CurrentUser currentUser) {
    return (DelegateExecution execution) -> {
      if (currentUser.id() != null) {
        throw new AuthorizationException("公众提交的需求只能经公开页面提交，由系统登记后发起分拣；工作人员请用“录入创新需求”。");
      }
    };
  }

  /** 查找疑似重复需求: the owner's demands with a similar title, for the triage form. */
  @Bean
  JavaDelegate findDuplicatesDelegate(DemandService demands) {
    return (DelegateExecution execution) ->
        execution.setVariable(DUPLICATES, demands.likelyDuplicates((Long) execution.getVariable(DEMAND_ID)));
  }

  /** On completing 分拣: the decision checked and on the demand's record before the process follows it. */
  @Bean
  TaskListener demandTriageListener(FormRules formRules, DemandService demands, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = FormValues.of(task.getVariables());
      formRules.enforce(TRIAGE_FORM, values.asMap());
      demands.triage((Long) task.getVariable(DEMAND_ID), task.getExecution().getProcessBusinessKey(),
          TriageDecision.valueOf(values.text(TRIAGE_DECISION)), values.text(MERGE_INTO), values.text(DECLINE_REASON),
          currentUser.id());
    };
  }
}
