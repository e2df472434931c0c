package cn.org.cast.volunteer.venue;

import java.util.List;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;
import cn.org.cast.volunteer.security.AccessSetup.Column;
import cn.org.cast.volunteer.security.Groups;

/**
 * The roles that prepare and run the symposium and their 座谈会与分会场. They see the linkup model and its venues;
 * they move a venue only through its tasks (TASK_WORK as candidates) and the venue signals API, which checks role
 * and state before correlating.
 */
@Component
class SymposiumAccess implements AccessDeclaration {

  static final String SYMPOSIUM_TASKS_FILTER = "座谈会与分会场";

  @Override
  public void declare(AccessSetup access) {
    access.role(Groups.CEREMONY, "仪式筹备组");
    access.role(Groups.CEREMONY_LEAD, "仪式总负责");
    access.role(Groups.AV_ENGINEERS, "音视频工程师");
    List<String> roles = List.of(Groups.CEREMONY, Groups.CEREMONY_LEAD, Groups.AV_ENGINEERS);
    access.everyoneSeesModel(LinkupProcess.KEY);
    for (String role : roles) {
      access.grantExactly(role, Resources.PROCESS_DEFINITION, LinkupProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE);
    }
    access.filter(SYMPOSIUM_TASKS_FILTER, access.taskQuery().taskCandidateGroupIn(roles).includeAssignedTasks(),
        "座谈会筹备与现场：议程、联调、开播确认、分会场直播控制", -8,
        List.of(new Column(LinkupProcess.VENUE_NAME, "分会场"), new Column(LinkupProcess.VENUE_STATE_LABEL, "状态"),
            new Column(CampaignProcess.CAMPAIGN_ID, "活动编号")),
        roles.toArray(String[]::new));
  }
}
