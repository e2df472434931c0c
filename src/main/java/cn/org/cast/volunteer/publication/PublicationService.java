package cn.org.cast.volunteer.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.selection.Pool;
import cn.org.cast.volunteer.selection.SelectionEntry;
import cn.org.cast.volunteer.selection.SelectionService;
import cn.org.cast.volunteer.selection.SelectionStatus;

/**
 * The publication of the committee's selection: the lists (selected, then the waitlist in order, per
 * pool) and one mail to each organisation with the outcome of every one of its candidates.
 */
@Service
public class PublicationService {

  private final SelectionService selection;
  private final Organizations organizations;
  private final CampaignService campaigns;
  private final PublicationMails mails;

  PublicationService(SelectionService selection, Organizations organizations, CampaignService campaigns,
      PublicationMails mails) {
    this.selection = selection;
    this.organizations = organizations;
    this.campaigns = campaigns;
    this.mails = mails;
  }

  /**
   * Tells each organisation with a candidate its outcomes, and marks the selection published. Returns
   * how many organisations were told; publishing again tells nobody twice.
   */
  public int publish(String campaignId, String processInstanceId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    Map<String, List<PublishedLine>> byHost = lines(campaignId, true).stream()
        .collect(Collectors.groupingBy(PublishedLine::hostCode, LinkedHashMap::new, Collectors.toList()));
    byHost.forEach((hostCode, candidates) -> mails.selectionResult(processInstanceId, campaign,
        organizations.find(hostCode).orElseThrow(), candidates));
    campaigns.markSelectionPublished(campaignId);
    return byHost.size();
  }

  /** The published lists: per pool the selected in rank order, then the waitlist in order. */
  public List<PublishedLine> publishedLists(String campaignId) {
    return lines(campaignId, false);
  }

  public boolean hasSelection(String campaignId) {
    return selection.hasEntries(campaignId);
  }

  public String campaignName(String campaignId) {
    return campaigns.find(campaignId).map(Campaign::name).orElseThrow();
  }

  private List<PublishedLine> lines(String campaignId, boolean withNotSelected) {
    Map<String, String> names = organizations.namesByCode();
    List<PublishedLine> lines = new ArrayList<>();
    for (Pool pool : Pool.values()) {
      List<SelectionEntry> entries = selection.entries(campaignId, pool);
      for (SelectionStatus status : SelectionStatus.values()) {
        if (status == SelectionStatus.NOT_QUALIFIED && !withNotSelected) {
          continue;
        }
        int order = 0;
        for (SelectionEntry entry : entries) {
          if (entry.status().equals(status.name())) {
            lines.add(new PublishedLine(pool, ++order, entry.name(), entry.hostCode(),
                names.getOrDefault(entry.hostCode(), entry.hostCode()), entry.region(), entry.score(), status.outcome()));
          }
        }
      }
    }
    return lines;
  }
}
