package cn.org.cast.volunteer.notice;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRepository;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.plan.PlanRepository;

/** Issues a campaign's notice: the recipient roster (one plan each) and one queued notice per recipient. */
@Service
public class NoticeService {

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final CampaignRepository campaigns;
  private final OrganizationRepository organizations;
  private final PlanRepository plans;
  private final NotificationOutbox outbox;

  public NoticeService(CampaignRepository campaigns, OrganizationRepository organizations, PlanRepository plans,
      NotificationOutbox outbox) {
    this.campaigns = campaigns;
    this.organizations = organizations;
    this.plans = plans;
    this.outbox = outbox;
  }

  /** Idempotent: issuing again (a retried job) adds no plan and queues no notice twice. */
  public int issue(String campaignId, RecipientScope scope, List<String> selectedCodes) {
    Campaign campaign = campaigns.find(campaignId)
        .orElseThrow(() -> new IllegalStateException("No campaign " + campaignId));
    List<Organization> recipients = recipients(scope, selectedCodes);
    for (Organization org : recipients) {
      plans.createIfAbsent(campaignId, org.code());
      outbox.queue(new NotificationOutbox.Message(campaignId, org.code(), org.email(),
          NotificationPurpose.NOTICE_ISSUED, campaign.name(), noticeBody(campaign, org)));
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

  static String noticeBody(Campaign campaign, Organization org) {
    return """
        %s：

        %s

        请于%s前登录科技志愿服务行动工作平台，在“任务列表”中填写并提交《全国科技工作者日主题活动筹备工作方案》\
        （附件1），并上传加盖单位公章的PDF版和Word版。

        活动主题：%s
        座谈会日期：%s

        中国科协办公厅
        %s
        """.formatted(org.name(), campaign.noticeText(), CHINESE_DATE.format(campaign.planDeadline()),
        campaign.theme(), CHINESE_DATE.format(campaign.symposiumDate()), CHINESE_DATE.format(campaign.issueDate()));
  }
}
