package cn.org.cast.volunteer.notice;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.plan.PlanRepository;

/**
 * The collection of the multi-instance call activity 收集筹备工作方案:
 * {@code ${recipientRoster.codes(campaignId)}}, read from the roster rather than kept as a variable.
 */
@Component
public class RecipientRoster {

  private final PlanRepository plans;

  public RecipientRoster(PlanRepository plans) {
    this.plans = plans;
  }

  public List<String> codes(String campaignId) {
    return plans.orgCodes(campaignId);
  }
}
