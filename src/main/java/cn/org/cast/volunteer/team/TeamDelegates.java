package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
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

/** The steps of teamRegistration: each checks its form again on the server and calls {@link TeamService}. */
@Configuration
public class TeamDelegates {

  /** The team a task's form names is the one the process is keyed with (on the REST API: 400). */
  @Bean
  SubmissionRule teamRecordRule(RuntimeService runtime) {
    return RecordGuard.keyedRecord(Set.of(APPROVAL_FORM, APPLICATION_FORM), TEAM_ID, Team::code, runtime, "队伍");
  }

  /** 登记申请: the application on record, waiting for the level above. */
  @Bean
  JavaDelegate registerTeamApplicationDelegate(FormRules formRules, TeamService teams,
      IdentityService identityService) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(APPLICATION_FORM, values.asMap());
      Authentication applicant = identityService.getCurrentAuthentication();
      TeamService.Registration registration = teams.register(applicant.getUserId(), applicant.getGroupIds(),
          TeamApplication.of(values));
      // Who applied is who is signed in, whatever the start's variables said.
      execution.setVariable(APPLICANT, applicant.getUserId());
      execution.setVariable(TEAM_ID, registration.teamId());
      execution.setVariable(APPROVER_GROUP, registration.approverGroup());
      execution.setVariable(PARENT_TEAM_NAME, registration.parentName());
      execution.setVariable(HOST_ORGANIZATION, registration.hostName());
      execution.setProcessBusinessKey(Team.code(registration.teamId()));
    };
  }

  /** 更新申请: the applicant's corrections, checked as the first time. */
  @Bean
  JavaDelegate updateTeamApplicationDelegate(FormRules formRules, TeamService teams) {
    return (DelegateExecution execution) -> {
      FormValues values = FormValues.of(execution.getVariables());
      formRules.enforce(APPLICATION_FORM, values.asMap());
      teams.revise((Long) execution.getVariable(TEAM_ID), execution.getProcessBusinessKey(), TeamApplication.of(values));
    };
  }

  /**
   * On creating 审批: the applicant, who belongs to the approving group when the team stands under their own
   * organisation, neither sees nor works the task (a user's revoke outweighs the group's grant).
   */
  @Bean
  TaskListener keepApplicantOffApprovalListener(AuthorizationService authorizations) {
    return (DelegateTask task) -> {
      Authorization revoke = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
      revoke.setUserId((String) task.getVariable(APPLICANT));
      revoke.setResource(Resources.TASK);
      revoke.setResourceId(task.getId());
      revoke.removePermission(TaskPermissions.READ);
      revoke.removePermission(TaskPermissions.UPDATE);
      revoke.removePermission(TaskPermissions.TASK_WORK);
      revoke.removePermission(TaskPermissions.TASK_ASSIGN);
      authorizations.saveAuthorization(revoke);
    };
  }

  /** On completing 审批: the decision checked and on the team's record before the process follows it. */
  @Bean
  TaskListener teamDecisionListener(FormRules formRules, TeamService teams, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = FormValues.of(task.getVariables());
      formRules.enforce(APPROVAL_FORM, values.asMap());
      teams.decide((Long) task.getVariable(TEAM_ID), task.getExecution().getProcessBusinessKey(),
          TeamDecision.valueOf(values.text(TEAM_DECISION)), currentUser.id(), values.text(DECISION_COMMENT));
    };
  }
}
