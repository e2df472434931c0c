package cn.org.cast.volunteer.venue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.reminder.WorkingDayCalendar;

/**
 * The symposium's moments for the models' timer and due-date expressions, e.g.
 * {@code ${symposium.liveOpensAt(campaignId)}}: all follow the campaign's symposium date.
 */
@Component("symposium")
@EnableConfigurationProperties(SymposiumSettings.class)
public class SymposiumTimetable {

  private final CampaignService campaigns;
  private final SymposiumSettings settings;
  private final Deadlines deadlines;
  private final WorkingDayCalendar calendar;

  public SymposiumTimetable(CampaignService campaigns, SymposiumSettings settings, Deadlines deadlines,
      WorkingDayCalendar calendar) {
    this.campaigns = campaigns;
    this.settings = settings;
    this.deadlines = deadlines;
    this.calendar = calendar;
  }

  /** The go/no-go decision: the day before the symposium (whatever day of the week that is). */
  public Date goNoGoAt(String campaignId) {
    return at(symposiumDate(campaignId).minusDays(1), settings.goNoGoTime());
  }

  /** The symposium timer: on its date the live phase opens for every venue still on the live programme. */
  public Date liveOpensAt(String campaignId) {
    return at(symposiumDate(campaignId), settings.liveOpensTime());
  }

  /**
   * The representatives' confirmation deadline: the configured working days from today, but no later
   * than the last working day before the symposium, so the roster is settled in time.
   */
  public Date confirmationDue(String campaignId) {
    LocalDate due = calendar.addWorkingDays(deadlines.today(), settings.confirmationWorkingDays());
    LocalDate lastBefore = calendar.addWorkingDays(symposiumDate(campaignId), -1);
    return deadlines.deadlineOn(due.isAfter(lastBefore) && !lastBefore.isBefore(deadlines.today()) ? lastBefore : due);
  }

  public LocalDate symposiumDate(String campaignId) {
    return campaigns.find(campaignId).map(Campaign::symposiumDate).orElseThrow();
  }

  private static Date at(LocalDate day, LocalTime time) {
    return Date.from(day.atTime(time).atZone(VolunteerApplication.BEIJING).toInstant());
  }
}
