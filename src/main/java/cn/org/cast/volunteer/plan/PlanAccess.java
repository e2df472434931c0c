package cn.org.cast.volunteer.plan;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;
import cn.org.cast.volunteer.security.AccessSetup.Column;
import cn.org.cast.volunteer.security.Groups;

/**
 * Everyone works their tasks from 我的待办, which lists each task's organisation and campaign; everyone who works a
 * plan's task sees its model; the committee follows the plans in Cockpit.
 */
@Component
class PlanAccess implements AccessDeclaration {

  static final String MY_TASKS_FILTER = "我的待办";

  @Override
  public void declare(AccessSetup access) {
    access.everyoneSeesModel(PlanProcess.KEY);
    access.grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, PlanProcess.KEY, AccessSetup.FOLLOW_IN_COCKPIT);
    String myTasks = access.filter(MY_TASKS_FILTER, access.taskQuery(), "我可以办理的全部任务（本单位或本人）", -10,
        List.of(new Column(PlanProcess.HOST_ORGANIZATION, "报送单位"), new Column(PlanProcess.CAMPAIGN_ID, "活动编号")));
    // Organisers and the committee may read every task (Cockpit), so "all I can see" is not their to-do list.
    for (String role : List.of(Groups.ORGANIZERS, Groups.COMMITTEE)) {
      access.revoke(role, Resources.FILTER, myTasks, Permissions.READ);
    }
  }
}
