package cn.org.cast.volunteer.publication;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.selection.SelectionStatus;

/** The mails of publication, keyed by the campaign, so publishing again tells nobody twice. */
@Service
class PublicationMails {

  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  PublicationMails(MailTemplates templates, NotificationOutbox outbox, MailSettings settings) {
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** To an organisation: the outcome of every one of its candidates, with a link to the published lists. */
  void selectionResult(String processInstanceId, Campaign campaign, Organization host, List<PublishedLine> candidates) {
    MailModel model = MailModel.forCampaign(campaign.name(), campaign.contactInfo())
        .with("orgName", host.name())
        .with("taskLink", settings.baseUrl() + "/api/campaigns/" + campaign.id() + "/selection.xlsx")
        .with("candidates", candidates.stream()
            .map(l -> Map.of("kind", l.pool().label(), "name", l.name(), "outcome", l.outcome())).toList())
        .with("selectedCount",
            candidates.stream().filter(l -> l.outcome().equals(SelectionStatus.SELECTED.outcome())).count());
    outbox.queue(new Notification(processInstanceId, campaign.id(), host.code(), host.email(),
        NotificationPurpose.SELECTION_RESULT, campaign.id(),
        templates.render(NotificationPurpose.SELECTION_RESULT, model.values())));
  }
}
