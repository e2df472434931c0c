package cn.org.cast.volunteer.ceremony;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notification.MailModel;
import cn.org.cast.volunteer.notification.MailSettings;
import cn.org.cast.volunteer.notification.MailTemplates;
import cn.org.cast.volunteer.notification.Notification;
import cn.org.cast.volunteer.notification.NotificationOutbox;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.security.Groups;

/**
 * Mails about representatives not yet confirmed: a reminder to each organisation before the due date,
 * and at the due date the escalation to the organisation, its leadership and the ceremony team. Keyed
 * by the due date, so a repeated timer sends nothing twice.
 */
@Component
class RepresentativeMails {

  private final SymposiumService symposium;
  private final CampaignService campaigns;
  private final IdentityService identityService;
  private final MailTemplates templates;
  private final NotificationOutbox outbox;
  private final MailSettings settings;

  RepresentativeMails(SymposiumService symposium, CampaignService campaigns, IdentityService identityService,
      MailTemplates templates, NotificationOutbox outbox, MailSettings settings) {
    this.symposium = symposium;
    this.campaigns = campaigns;
    this.identityService = identityService;
    this.templates = templates;
    this.outbox = outbox;
    this.settings = settings;
  }

  /** Returns how many organisations were reminded. */
  public int remind(String processInstanceId, String campaignId, Date due) {
    Map<Organization, List<FlagRecipient>> open = symposium.unconfirmedByHost(campaignId);
    open.forEach((host, recipients) ->
        queue(processInstanceId, campaignId, host, List.of(host.email()), NotificationPurpose.REPRESENTATIVE_REMINDER,
            recipients, due));
    return open.size();
  }

  /** Returns how many recipients were still unconfirmed. */
  public int escalate(String processInstanceId, String campaignId, Date due) {
    Map<Organization, List<FlagRecipient>> open = symposium.unconfirmedByHost(campaignId);
    List<String> ceremonyTeam = identityService.createUserQuery().memberOfGroup(Groups.CEREMONY).list().stream()
        .map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList();
    open.forEach((host, recipients) -> {
      Set<String> to = new LinkedHashSet<>(List.of(host.email(), host.leaderEmail()));
      to.addAll(ceremonyTeam);
      queue(processInstanceId, campaignId, host, new ArrayList<>(to), NotificationPurpose.REPRESENTATIVE_OVERDUE,
          recipients, due);
      recipients.forEach(r -> symposium.markEscalated(campaignId, r));
    });
    return open.values().stream().mapToInt(List::size).sum();
  }

  private void queue(String processInstanceId, String campaignId, Organization host, List<String> emails,
      NotificationPurpose purpose, List<FlagRecipient> recipients, Date due) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    MailModel model = MailModel.forCampaign(campaign.name(), campaign.contactInfo())
        .with("orgName", host.name())
        .with("symposiumDate", MailModel.day(campaign.symposiumDate()))
        .with("deadline", MailModel.moment(due))
        .with("recipients", recipients.stream().map(r -> r.pool().label() + "“" + r.name() + "”")
            .collect(Collectors.joining("、")))
        .with("taskLink", MailModel.tasklistLink(settings));
    var content = templates.render(purpose, model.values());
    for (String email : emails) {
      if (email != null && !email.isBlank()) {
        outbox.queue(new Notification(processInstanceId, campaignId, host.code(), email, purpose,
            due.toInstant().toString(), content));
      }
    }
  }
}
