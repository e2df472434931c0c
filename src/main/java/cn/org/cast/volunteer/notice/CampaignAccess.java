package cn.org.cast.volunteer.notice;

import java.util.List;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;
import cn.org.cast.volunteer.security.AccessSetup.Column;
import cn.org.cast.volunteer.security.Groups;

/**
 * The organisers start campaigns and work its tasks from 活动管理; everyone who works a campaign's task sees its
 * model; the committee follows the campaign and its notice batches in Cockpit.
 */
@Component
class CampaignAccess implements AccessDeclaration {

  static final String ORGANIZER_TASKS_FILTER = "活动管理";

  @Override
  public void declare(AccessSetup access) {
    access.everyoneSeesModel(CampaignProcess.KEY);
    access.roleStarts(Groups.ORGANIZERS, CampaignProcess.KEY);
    for (String key : List.of(CampaignProcess.KEY, CampaignProcess.NOTICE_BATCH_KEY)) {
      access.grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, key, AccessSetup.FOLLOW_IN_COCKPIT);
    }
    access.filter(ORGANIZER_TASKS_FILTER,
        access.taskQuery().taskCandidateGroup(Groups.ORGANIZERS).includeAssignedTasks(),
        "组织者办理的任务，如提前结束方案征集", -10,
        List.of(new Column(CampaignProcess.CAMPAIGN_ID, "活动编号"), new Column(PlanProcess.HOST_ORGANIZATION, "报送单位"),
            new Column(CampaignProcess.RECIPIENT_COUNT, "报送单位数")),
        Groups.ORGANIZERS);
  }
}
