package cn.org.cast.volunteer.notice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.plan.PlanService;

/** Issues a campaign's notice: the recipient roster (one plan each) and one queued notice per recipient. */
@Service
public class NoticeService {

  /** Organisations per batch: each batch's plans and notices are one transaction, its plans' starts one job each. */
  public static final int BATCH_SIZE = 100;

  private final CampaignRepository campaigns;
  private final Organizations organizations;
  private final PlanService plans;
  private final NoticeMails mails;

  NoticeService(CampaignRepository campaigns, Organizations organizations, PlanService plans, NoticeMails mails) {
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.plans = plans;
    this.mails = mails;
  }

  /**
   * The campaign's recipients, in batches of at most {@link #BATCH_SIZE}, each opened later in a transaction of
   * its own ({@link #openBatch}): a notice to ten thousand organisations is no one giant transaction.
   */
  public List<List<String>> issue(String campaignId, RecipientScope scope, List<String> selectedCodes) {
    campaigns.find(campaignId).orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    List<String> codes = recipients(scope, selectedCodes).stream().map(Organization::code).toList();
    campaigns.markIssued(campaignId);
    return batches(codes, BATCH_SIZE);
  }

  /** One plan and one queued notice per organisation of the batch. Idempotent: a retried batch adds neither twice. */
  public void openBatch(String campaignId, String campaignInstanceId, List<String> orgCodes) {
    Campaign campaign = campaigns.find(campaignId)
        .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    List<Organization> recipients = organizations.activeAmong(orgCodes);
    recipients.forEach(org -> plans.addToRoster(campaignId, org.code()));
    mails.noticeIssued(campaignInstanceId, campaign, recipients);
  }

  /** Consecutive batches of at most {@code size}, each a mutable list: the engine stores each as its batch's variable. */
  public static List<List<String>> batches(List<String> codes, int size) {
    List<List<String>> batches = new ArrayList<>();
    for (int from = 0; from < codes.size(); from += size) {
      batches.add(new ArrayList<>(codes.subList(from, Math.min(codes.size(), from + size))));
    }
    return batches;
  }

  private List<Organization> recipients(RecipientScope scope, List<String> selectedCodes) {
    return switch (scope) {
      case ALL -> organizations.active();
      case NATIONAL_SOCIETIES -> ofType(OrganizationType.NATIONAL_SOCIETY);
      case PROVINCIAL_ASSOCIATIONS -> ofType(OrganizationType.PROVINCIAL_ASSOCIATION);
      case SELECTED -> organizations.activeAmong(selectedCodes);
    };
  }

  private List<Organization> ofType(OrganizationType type) {
    return organizations.activeOfType(type);
  }
}
