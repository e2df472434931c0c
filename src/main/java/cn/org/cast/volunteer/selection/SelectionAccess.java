package cn.org.cast.volunteer.selection;

import java.util.List;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;
import cn.org.cast.volunteer.security.AccessSetup.Column;
import cn.org.cast.volunteer.security.Groups;

/**
 * The selection committee's role and its 遴选审定. The committee sees every model but follows only the campaign's own
 * processes: demands, venues' linkups, teams, pairings, projects and models hold contacts' phone numbers the app
 * never shows the committee. Reviewers declare the organisations they stand aside from, from Tasklist's 启动流程.
 */
@Component
class SelectionAccess implements AccessDeclaration {

  static final String COMMITTEE_TASKS_FILTER = "遴选审定";

  @Override
  public void declare(AccessSetup access) {
    access.role(Groups.COMMITTEE, "遴选委员会");
    access.grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, Authorization.ANY,
        ProcessDefinitionPermissions.READ);
    access.grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, SelectionProcess.CONFLICT_PROCESS_KEY,
        AccessSetup.FOLLOW_IN_COCKPIT);
    access.roleStarts(Groups.REVIEWERS, SelectionProcess.CONFLICT_PROCESS_KEY);
    access.filter(COMMITTEE_TASKS_FILTER,
        access.taskQuery().taskCandidateGroup(Groups.COMMITTEE).includeAssignedTasks(),
        "遴选委员会审定拟入选名单", -10, List.of(new Column(CampaignProcess.CAMPAIGN_ID, "活动编号")), Groups.COMMITTEE);
  }
}
