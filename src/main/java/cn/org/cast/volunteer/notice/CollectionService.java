package cn.org.cast.volunteer.notice;

import java.util.Map;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.plan.PlanRecord;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;

/** Ends a campaign's plan collection and records its result. */
@Service
class CollectionService {

  private final PlanService plans;
  private final CampaignRepository campaigns;

  CollectionService(PlanService plans, CampaignRepository campaigns) {
    this.plans = plans;
    this.campaigns = campaigns;
  }

  /**
   * Records how many plans stood in each status when collection ended, then closes the plans still
   * open (only after an early close) so that none waits for a process that no longer runs.
   */
  public Map<PlanStatus, Integer> endCollection(String campaignId) {
    Map<PlanStatus, Integer> counts = plans.countByStatus(campaignId);
    campaigns.insertCollectionResult(campaignId, counts);
    for (PlanRecord open : plans.unsettled(campaignId)) {
      plans.close(open.id(), "方案征集已提前结束");
    }
    campaigns.markCollectionEnded(campaignId);
    return counts;
  }
}
