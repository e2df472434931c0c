package cn.org.cast.volunteer.notice;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
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
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public NoticeService(CampaignRepository campaigns, Organizations organizations, PlanService plans,
      MailTemplates templates, NotificationOutbox outbox, MailSettings settings) {
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.plans = plans;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
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
    MailModel model = MailModel.forCampaign(campaign.name(), campaign.contactInfo())
        .with("noticeText", campaign.noticeText()).with("theme", campaign.theme())
        .with("deadline", MailModel.moment(CampaignService.planDueAt(campaign)))
        .with("symposiumDate", MailModel.day(campaign.symposiumDate()))
        .with("issueDate", MailModel.day(campaign.issueDate()))
        .with("taskLink", MailModel.tasklistLink(settings));
    for (Organization org : organizations.activeAmong(orgCodes)) {
      plans.addToRoster(campaignId, org.code());
      outbox.queue(new Notification(campaignInstanceId, campaignId, org.code(), org.email(),
          NotificationPurpose.NOTICE_ISSUED, campaignId,
          templates.render(NotificationPurpose.NOTICE_ISSUED, model.with("orgName", org.name()).values())));
    }
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
