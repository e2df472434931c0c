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

/** The campaign's notice mails, keyed by the campaign, so a retried batch queues nothing twice. */
@Service
class NoticeMails {

  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  NoticeMails(MailTemplates templates, NotificationOutbox outbox, MailSettings settings) {
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** The notice, to each recipient organisation. */
  void noticeIssued(String campaignInstanceId, Campaign campaign, List<Organization> recipients) {
    MailModel model = MailModel.forCampaign(campaign.name(), campaign.contactInfo())
        .with("noticeText", campaign.noticeText()).with("theme", campaign.theme())
        .with("deadline", MailModel.moment(CampaignService.planDueAt(campaign)))
        .with("symposiumDate", MailModel.day(campaign.symposiumDate()))
        .with("issueDate", MailModel.day(campaign.issueDate()))
        .with("taskLink", MailModel.tasklistLink(settings));
    for (Organization org : recipients) {
      outbox.queue(new Notification(campaignInstanceId, campaign.id(), org.code(), org.email(),
          NotificationPurpose.NOTICE_ISSUED, campaign.id(),
          templates.render(NotificationPurpose.NOTICE_ISSUED, model.with("orgName", org.name()).values())));
    }
  }
}
