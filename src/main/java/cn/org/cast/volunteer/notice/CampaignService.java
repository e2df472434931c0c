package cn.org.cast.volunteer.notice;

import java.time.LocalTime;
import java.util.Date;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.form.FormValues;

@Service
public class CampaignService {

  /** Plans are due by the end of the deadline day, Beijing time. */
  static final LocalTime DEADLINE_TIME = LocalTime.of(23, 59, 59);

  private final CampaignRepository campaigns;

  public CampaignService(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  /** Records the campaign of a start form that passed its rules. */
  public Campaign register(FormValues startForm, String processInstanceId, String organizer) {
    Campaign campaign = CampaignStartValidator.toCampaign(startForm);
    campaigns.insert(campaign, processInstanceId, organizer);
    return campaign;
  }

  public boolean exists(String campaignId) {
    return campaigns.exists(campaignId);
  }

  public Optional<Campaign> find(String campaignId) {
    return campaigns.find(campaignId);
  }

  public Optional<CampaignStatus> status(String campaignId) {
    return campaigns.status(campaignId);
  }

  /** The selection stage published its lists. */
  public void markSelectionPublished(String campaignId) {
    campaigns.markSelectionPublished(campaignId);
  }

  /** The symposium stage closed the campaign with its summary. */
  public void conclude(String campaignId, String summary) {
    campaigns.markConcluded(campaignId, summary);
  }

  /** The summary the symposium stage closed the campaign with. */
  public Optional<String> summary(String campaignId) {
    return campaigns.summary(campaignId);
  }

  public static Date planDueAt(Campaign campaign) {
    return Date.from(campaign.planDeadline().atTime(DEADLINE_TIME).atZone(VolunteerApplication.BEIJING).toInstant());
  }
}
