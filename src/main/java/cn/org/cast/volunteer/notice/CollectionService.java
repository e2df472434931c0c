package cn.org.cast.volunteer.notice;

import java.util.Map;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.plan.PlanRepository;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;

/** Ends a campaign's plan collection and records its result. */
@Service
public class CollectionService {

  private final PlanRepository plans;
  private final PlanService planService;
  private final CampaignRepository campaigns;

  public CollectionService(PlanRepository plans, PlanService planService, CampaignRepository campaigns) {
    this.plans = plans;
    this.planService = planService;
    this.campaigns = campaigns;
  }

  /**
   * Records how many plans stood in each status when collection ended, then closes the plans still
   * open (only after an early close) so that none waits for a process that no longer runs.
   */
  public Map<PlanStatus, Integer> endCollection(String campaignId) {
    Map<PlanStatus, Integer> counts = plans.countByStatus(campaignId);
    plans.insertCollectionResult(campaignId, counts);
    for (PlanRepository.PlanRecord open : plans.findUnsettled(campaignId)) {
      planService.close(open.id(), "方案征集已提前结束");
    }
    campaigns.markCollectionEnded(campaignId);
    return counts;
  }
}
