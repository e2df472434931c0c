package cn.org.cast.volunteer.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.ceremony.SymposiumProcess;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notice.CampaignStatus;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;
import cn.org.cast.volunteer.venue.VenueState;

/** The demo's symposium campaign: what it leaves for a person to do is there, and the rest is done. */
@AppTest
class DemoSymposiumTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;
  @Autowired
  CampaignService campaigns;
  @Autowired
  VenueService venues;

  @Test
  void theDemoCampaignWaitsForARepresentativeATestAndTheLiveSignals() throws Exception {
    context.getAutowireCapableBeanFactory().createBean(DemoSymposium.class).run(null);

    assertThat(campaigns.status(DemoSymposium.CAMPAIGN_ID)).contains(CampaignStatus.SELECTION_PUBLISHED);
    assertThat(open(SymposiumProcess.CONFIRM_TASK)).hasSize(3)
        .allSatisfy(task -> assertThat(task.getName()).contains("中国化学会"));
    assertThat(open(SymposiumProcess.ARRANGE_TASK)).hasSize(1);
    assertThat(open(LinkupProcess.RESULT_TASK)).hasSize(1);

    List<SubVenue> all = venues.all(DemoSymposium.CAMPAIGN_ID);
    assertThat(all).hasSize(8).filteredOn(v -> v.state() == VenueState.REHEARSAL).hasSize(1);
    // Before 08:00 Beijing time the live phase has not opened yet; from then on the venues wait for their link.
    boolean opened = !ZonedDateTime.now(VolunteerApplication.BEIJING).toLocalTime().isBefore(LocalTime.of(8, 0));
    assertThat(all).filteredOn(v -> v.state() == (opened ? VenueState.WAITING : VenueState.READY)).hasSize(7);
    // Run again (a restart): nothing is added.
    context.getAutowireCapableBeanFactory().createBean(DemoSymposium.class).run(null);
    assertThat(venues.all(DemoSymposium.CAMPAIGN_ID)).hasSize(8);
  }

  private List<Task> open(String activity) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(activity)
        .processInstanceBusinessKeyLike(DemoSymposium.CAMPAIGN_ID + "%").list();
  }
}
