package cn.org.cast.volunteer.notice;

import java.util.List;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRepository;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.plan.PlanRepository;

/** Issues a campaign's notice: the recipient roster (one plan each) and one queued notice per recipient. */
@Service
public class NoticeService {

  private final CampaignRepository campaigns;
  private final OrganizationRepository organizations;
  private final PlanRepository plans;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  public NoticeService(CampaignRepository campaigns, OrganizationRepository organizations, PlanRepository plans,
      MailTemplates templates, NotificationOutbox outbox, MailSettings settings) {
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.plans = plans;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** Idempotent: issuing again (a retried job) adds no plan and queues no notice twice. */
  public int issue(String campaignId, String campaignInstanceId, RecipientScope scope, List<String> selectedCodes) {
    Campaign campaign = campaigns.find(campaignId)
        .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    List<Organization> recipients = recipients(scope, selectedCodes);
    MailModel model = MailModel.forCampaign(campaign.name(), campaign.contactInfo())
        .with("noticeText", campaign.noticeText()).with("theme", campaign.theme())
        .with("deadline", MailModel.moment(CampaignService.planDueAt(campaign)))
        .with("symposiumDate", MailModel.day(campaign.symposiumDate()))
        .with("issueDate", MailModel.day(campaign.issueDate()))
        .with("taskLink", MailModel.tasklistLink(settings));
    for (Organization org : recipients) {
      plans.createIfAbsent(campaignId, org.code());
      outbox.queue(new Notification(campaignInstanceId, campaignId, org.code(), org.email(),
          NotificationPurpose.NOTICE_ISSUED, campaignId,
          templates.render(NotificationPurpose.NOTICE_ISSUED, model.with("orgName", org.name()).values())));
    }
    campaigns.markIssued(campaignId);
    return recipients.size();
  }

  private List<Organization> recipients(RecipientScope scope, List<String> selectedCodes) {
    return switch (scope) {
      case ALL -> organizations.findAllActive();
      case NATIONAL_SOCIETIES -> ofType(OrganizationType.NATIONAL_SOCIETY);
      case PROVINCIAL_ASSOCIATIONS -> ofType(OrganizationType.PROVINCIAL_ASSOCIATION);
      case SELECTED -> organizations.findActiveByCodes(selectedCodes);
    };
  }

  private List<Organization> ofType(OrganizationType type) {
    return organizations.findAllActive().stream().filter(org -> org.type() == type).toList();
  }
}
