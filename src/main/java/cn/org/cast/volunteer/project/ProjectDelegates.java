package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.util.Date;
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
 * The steps of serviceProject: each checks its form again on the server and calls {@link ProjectService}.
 * Each bean is named after its element; the second names are those of models deployed before this version,
 * whose instances still run.
 */
@Configuration
class ProjectDelegates {

  /** The project each task's form names is the one the process is keyed with (on the REST API: 400). */
  @Bean
  SubmissionRule projectRecordRule(RuntimeService runtime) {
    return RecordGuard.keyedRecord(Set.of(SETUP_FORM, RECRUITMENT_FORM, APPROVAL_FORM, REPORT_FORM, EVALUATION_FORM),
        PROJECT_ID, ServiceProject::code, runtime, "服务项目");
  }

  /** 登记项目: the project on record, its demands taken out of the library's open stock. */
  @Bean({"registerProject", "registerProjectDelegate"})
  JavaDelegate registerProject(FormRules rules, ProjectService projects, IdentityService identityService) {
    return (DelegateExecution execution) -> {
      ProjectPlan plan = ProjectPlan.of(rules.enforce(SETUP_FORM, execution.getVariables()));
      Authentication applicant = identityService.getCurrentAuthentication();
      ProjectService.Setup setup = projects.setUp(applicant.getUserId(), applicant.getGroupIds(), plan);
      // Who set it up is who is signed in, whatever the start's variables said.
      execution.setVariable(APPLICANT, applicant.getUserId());
      execution.setVariable(PROJECT_ID, setup.projectId());
      execution.setVariable(OWNER_GROUP, setup.ownerGroup());
      execution.setVariable(OWNER_NAME, setup.ownerName());
      execution.setProcessBusinessKey(ServiceProject.code(setup.projectId()));
    };
  }

  /** 更新项目: the revised set-up, checked as the first time. */
  @Bean({"updateProject", "updateProjectDelegate"})
  JavaDelegate updateProject(FormRules rules, ProjectService projects) {
    return (DelegateExecution execution) ->
        projects.revise(projectId(execution), execution.getProcessBusinessKey(),
            ProjectPlan.of(rules.enforce(SETUP_FORM, execution.getVariables())));
  }

  /** On creating 招募志愿者: the teams of the project's field, to choose from. */
  @Bean({"recruitVolunteersCreated", "recruitmentOpened"})
  TaskListener recruitVolunteersCreated(ProjectService projects) {
    return (DelegateTask task) -> task.setVariableLocal(MATCHING_TEAMS, projects.matchingTeams(keyedProjectId(task)));
  }

  /** On completing 招募志愿者: the teams checked and on record before the project goes for approval. */
  @Bean({"recruitVolunteersCompleted", "recruitmentCompleted"})
  TaskListener recruitVolunteersCompleted(FormRules rules, ProjectService projects) {
    return (DelegateTask task) -> projects.recruit(projectId(task), businessKey(task),
        rules.enforce(RECRUITMENT_FORM, task.getVariables()).list(RECRUITED_TEAMS).stream()
            .map(team -> new ProjectService.TeamChoice(team.text(TEAM_CODE), team.integer(VOLUNTEER_COUNT)))
            .toList());
  }

  /** On completing 审批服务项目: the decision checked and on the project's record before the process follows it. */
  @Bean({"approveProjectCompleted", "projectDecisionListener"})
  TaskListener approveProjectCompleted(FormRules rules, ProjectService projects, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(APPROVAL_FORM, task.getVariables());
      projects.decide(projectId(task), businessKey(task), ProjectDecision.valueOf(values.text(PROJECT_DECISION)),
          currentUser.id());
    };
  }

  /** 安排进展报告: the next report's number and due date, for the task and its reminders. */
  @Bean({"scheduleReport", "scheduleReportDelegate"})
  JavaDelegate scheduleReport(ProjectService projects) {
    return (DelegateExecution execution) -> {
      ProjectService.NextReport next = projects.nextReport(projectId(execution), execution.getProcessBusinessKey());
      execution.setVariable(REPORT_NUMBER, next.number());
      execution.setVariable(REPORT_COUNT, next.count());
      execution.setVariable(REPORT_DUE, next.due());
    };
  }

  /** On completing 报送项目进展: the report on record, and whether another one is due. */
  @Bean({"reportProgressCompleted", "progressReported"})
  TaskListener reportProgressCompleted(FormRules rules, ProjectService projects, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(REPORT_FORM, task.getVariables());
      boolean more = projects.recordReport(projectId(task), businessKey(task), (Integer) task.getVariable(REPORT_NUMBER),
          currentUser.id(), values.text(PROGRESS));
      task.getExecution().setVariable(MORE_REPORTS_DUE, more);
    };
  }

  /** 提醒报送进展 (timer before the due date). */
  @Bean({"remindReport", "remindReportDelegate"})
  JavaDelegate remindReport(ProjectMails mails) {
    return (DelegateExecution execution) -> mails.remind(execution.getProcessInstanceId(), keyedProjectId(execution),
        (Integer) execution.getVariable(REPORT_NUMBER), (Integer) execution.getVariable(REPORT_COUNT),
        (Date) execution.getVariable(REPORT_DUE));
  }

  /** 逾期通知 (timer at the due date). */
  @Bean({"noticeReportOverdue", "reportOverdueDelegate"})
  JavaDelegate noticeReportOverdue(ProjectMails mails) {
    return (DelegateExecution execution) -> mails.overdue(execution.getProcessInstanceId(), keyedProjectId(execution),
        (Integer) execution.getVariable(REPORT_NUMBER), (Integer) execution.getVariable(REPORT_COUNT),
        (Date) execution.getVariable(REPORT_DUE));
  }

  /** On creating 评估项目成效: a line per indicator and per demand, for the achieved values and the results. */
  @Bean({"evaluateProjectCreated", "evaluationOpened"})
  TaskListener evaluateProjectCreated(ProjectService projects) {
    return (DelegateTask task) -> {
      task.setVariableLocal(INDICATORS, projects.indicatorLines(keyedProjectId(task)));
      task.setVariableLocal(DEMAND_RESULTS, projects.demandLines(keyedProjectId(task)));
    };
  }

  /** On completing 评估项目成效: the project closed and each demand's result back on the demand. */
  @Bean({"evaluateProjectCompleted", "evaluationCompleted"})
  TaskListener evaluateProjectCompleted(FormRules rules, ProjectService projects, CurrentUser currentUser) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(EVALUATION_FORM, task.getVariables());
      projects.evaluate(projectId(task), businessKey(task), EvaluationGrade.valueOf(values.text(EVALUATION_GRADE)),
          values.text(EVALUATION_SUMMARY),
          values.list(INDICATORS).stream().map(line -> line.decimal(INDICATOR_ACHIEVED)).toList(),
          values.list(DEMAND_RESULTS).stream().map(line -> line.text(DEMAND_RESULT)).toList(), currentUser.id());
    };
  }

  private static long projectId(org.camunda.bpm.engine.delegate.VariableScope scope) {
    return (Long) scope.getVariable(PROJECT_ID);
  }

  /**
   * For the steps that only read or mail (the service checks the steps that change the project): the project
   * id, if it is the one the process was keyed with when the project was registered.
   */
  private static long keyedProjectId(DelegateExecution execution) {
    return keyed(projectId(execution), execution.getProcessBusinessKey());
  }

  private static long keyedProjectId(DelegateTask task) {
    return keyed(projectId(task), businessKey(task));
  }

  private static long keyed(long projectId, String businessKey) {
    if (!ServiceProject.code(projectId).equals(businessKey)) {
      throw new RecordGuard.Refused("服务项目 " + ServiceProject.code(projectId) + " 不属于当前办理的流程。");
    }
    return projectId;
  }

  /** The project's code, as the process was keyed when the project was registered. */
  private static String businessKey(DelegateTask task) {
    return task.getExecution().getProcessBusinessKey();
  }
}
