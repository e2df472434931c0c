package cn.org.cast.volunteer.notice;

import java.time.LocalTime;
import java.util.Date;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.form.FormRules;
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

  public static Date planDueAt(Campaign campaign) {
    return Date.from(campaign.planDeadline().atTime(DEADLINE_TIME).atZone(VolunteerApplication.BEIJING).toInstant());
  }
}
