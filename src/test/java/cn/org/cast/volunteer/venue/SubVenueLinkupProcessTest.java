package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static cn.org.cast.volunteer.venue.LinkupProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demo.DemoForms;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignProcess;

/**
 * Every path of a sub-venue's linkup (processes/sub-venue-linkup.bpmn): registration, connection
 * tests and their retries, go / no-go, the symposium timer and the live states driven by signals.
 */
@AppTest
class SubVenueLinkupProcessTest {

  static final String VENUE = "V01";
  static final String HOST_USER = "bjast";

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  VenueRepository venues;
  @Autowired
  LiveSignals signals;

  EngineDriver driver;
  String campaignId;
  ProcessInstance linkup;

  @BeforeEach
  void aSelectedVenueOfTheBeijingAssociation() {
    driver = new EngineDriver(engine, documents);
    campaignId = newCampaignId();
    driver.startCampaign(startForm(campaignId, List.of(BEIJING_ASSOCIATION)));
    venues.add(campaignId, VENUE, "1-V1", "中关村科学城分会场", BEIJING_ASSOCIATION, "北京", "INDUSTRIAL_PARK",
        "北京市海淀区中关村大街1号", "海淀区科协");
    linkup = engine.getRuntimeService().startProcessInstanceByKey(KEY, businessKey(campaignId, VENUE),
        Map.of(CampaignProcess.CAMPAIGN_ID, campaignId, VENUE_CODE, VENUE));
  }

  @Test
  void rehearsalPassesFirstTimeThenTheVenueGoesLiveAndSignalsCarryItToTheEnd() {
    assertThat(linkup).isWaitingAt(REGISTER_TASK).task().hasCandidateGroup(BEIJING_ASSOCIATION);
    assertThat(engine.getRuntimeService().getVariable(linkup.getId(), ADDRESS)).isEqualTo("北京市海淀区中关村大街1号");
    register();
    rehearse(true);
    assertThat(linkup).isWaitingAt(GO_NO_GO_TIMER);
    assertThat(state()).isEqualTo(VenueState.READY);

    goLive();
    assertThat(signal(LiveSignal.CONNECTED).changed()).isTrue();
    assertThat(linkup).isWaitingAt(CONNECTED_TASK);
    signal(LiveSignal.ON_AIR);
    assertThat(linkup).isWaitingAt(ON_AIR_TASK);
    LiveSignals.Result done = signal(LiveSignal.DONE);

    assertThat(done.state()).isEqualTo(VenueState.DONE);
    endsAfterItsLastJob();
    assertThat(linkup).isEnded().hasPassed(LIVE_END).hasNotPassed(FAILED_TASK, RECORDED_VIDEO_TASK);
    assertThat(venues.stateHistory(campaignId, VENUE)).containsExactly(VenueState.REHEARSAL, VenueState.READY,
        VenueState.WAITING, VenueState.CONNECTED, VenueState.ON_AIR, VenueState.DONE);
    SubVenue venue = venues.find(campaignId, VENUE).orElseThrow();
    assertThat(venue.contactMobile()).isEqualTo("13800138000");
    assertThat(venue.endpointKind()).isEqualTo(EndpointKind.VIDEO_CONFERENCE.name());
  }

  @Test
  void aFailedTestIsScheduledAgainAndAPassOnTheSecondGoesAhead() {
    register();
    rehearse(false);
    assertThat(linkup).isWaitingAt(SCHEDULE_TASK).variables().containsEntry(REHEARSAL_PASSED, false)
        .containsEntry(RETRIES_LEFT, true);
    rehearse(true);

    assertThat(linkup).isWaitingAt(GO_NO_GO_TIMER).variables().containsEntry(REHEARSAL_ATTEMPTS, 2);
    assertThat((String) engine.getRuntimeService().getVariable(linkup.getId(), REHEARSAL_SUMMARY))
        .contains("第1次联调：未通过（视频正常，音频异常").contains("第2次联调：通过");
  }

  @Test
  void aVenueThatFailsEveryTestIsDroppedByTheLeadAndSendsARecordedVideo() {
    register();
    for (int attempt = 1; attempt <= 3; attempt++) {
      rehearse(false);
    }
    assertThat(linkup).isWaitingAt(FAILED_TASK).task().hasCandidateGroup("ceremonylead");
    assertThatThrownBy(() -> complete("lead1", Map.of(FAILED_DECISION, DECISION_RECORDED, DECISION_REASON, "短")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    complete("lead1", Map.of(FAILED_DECISION, DECISION_RECORDED, DECISION_REASON, "三次联调音频均异常，改为播放录播视频。"));

    assertThat(linkup).isWaitingAt(RECORDED_VIDEO_TASK);
    SubVenue venue = venues.find(campaignId, VENUE).orElseThrow();
    assertThat(venue.programmeMode()).isEqualTo(ProgrammeMode.RECORDED);
    assertThat(venue.state()).isEqualTo(VenueState.RECORDED);
    complete(HOST_USER, Map.of(RECORDED_VIDEO_LINK, "https://video.example.org/zgc-2019.mp4"));
    assertThat(linkup).isWaitingAt(RECORDED_LIVE_TIMER);

    CampaignClock.set(OffsetDateTime.parse("2019-05-30T08:00:00+08:00"));
    driver.executeJobs();
    assertThat(linkup).isEnded().hasPassed(RECORDED_END).hasNotPassed(GO_NO_GO_TASK, WAITING_TASK);
    assertThat(venues.find(campaignId, VENUE).orElseThrow().recordedVideo()).endsWith("zgc-2019.mp4");
  }

  @Test
  void theLeadCanRetryOnceMoreAfterTheTestsAreUsedUp() {
    register();
    for (int attempt = 1; attempt <= 3; attempt++) {
      rehearse(false);
    }
    complete("lead1", Map.of(FAILED_DECISION, DECISION_RETRY, DECISION_REASON, "已更换编码器，再试一次。"));
    assertThat(linkup).isWaitingAt(SCHEDULE_TASK);
  }

  @Test
  void aNoGoTheDayBeforeSwitchesToTheRecordedVideo() {
    register();
    rehearse(true);
    dayBefore();
    assertThatThrownBy(() -> complete("lead1", Map.of(GO_DECISION, NO_GO)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    complete("lead1", Map.of(GO_DECISION, NO_GO, DECISION_REASON, "场地临时停电，无法保障直播。"));
    assertThat(linkup).isWaitingAt(RECORDED_VIDEO_TASK).hasPassed(SWITCH_TO_RECORDED_TASK);
  }

  @Test
  void theVenueChoosesAnotherSlotWhenTheProposedOneDoesNotSuit() {
    register();
    schedule();
    complete(HOST_USER, Map.of(SLOT_ACCEPTED, NO, SLOT_NOTE, "当天下午场地已有活动，可改为次日上午。"));
    assertThat(linkup).isWaitingAt(SCHEDULE_TASK);
  }

  @Test
  void theSymposiumTimerOpensTheLivePhaseOnTheMorningOfTheDay() {
    register();
    rehearse(true);
    dayBefore();
    complete("lead1", Map.of(GO_DECISION, GO, DECISION_REASON, ""));
    assertThat(linkup).isWaitingAt(LIVE_TIMER);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(linkup.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(OffsetDateTime.parse("2019-05-30T08:00:00+08:00").toInstant()));

    CampaignClock.set(OffsetDateTime.parse("2019-05-30T07:59:00+08:00"));
    driver.executeJobs();
    assertThat(linkup).isWaitingAt(LIVE_TIMER);
    CampaignClock.set(OffsetDateTime.parse("2019-05-30T08:00:00+08:00"));
    driver.executeJobs();
    assertThat(linkup).isWaitingAt(WAITING_TASK);
    assertThat(state()).isEqualTo(VenueState.WAITING);
  }

  @Test
  void aDropOnAirFallsBackToAudioAndTheVenueComesBackOnAir() {
    reachLivePhase();
    signal(LiveSignal.CONNECTED);
    signal(LiveSignal.ON_AIR);
    LiveSignals.Result dropped = driver.as("av1", () -> signals.signal(campaignId, VENUE, LiveSignal.DROPPED, FallbackMode.AUDIO_ONLY));

    assertThat(dropped.state()).isEqualTo(VenueState.FALLBACK);
    assertThat(linkup).isWaitingAt(FALLBACK_TASK);
    assertThat(venues.find(campaignId, VENUE).orElseThrow().fallbackMode()).isEqualTo(FallbackMode.AUDIO_ONLY);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(linkup.getId()).singleResult().getName())
        .isEqualTo("备播中：中关村科学城分会场");
    signal(LiveSignal.ON_AIR);
    assertThat(linkup).isWaitingAt(ON_AIR_TASK);
    signal(LiveSignal.DONE);

    endsAfterItsLastJob();
    assertThat(linkup).isEnded();
    assertThat(venues.stateHistory(campaignId, VENUE)).endsWith(VenueState.ON_AIR, VenueState.FALLBACK,
        VenueState.ON_AIR, VenueState.DONE);
  }

  @Test
  void theSameSignalTwiceIsHarmlessAndAnUnknownVenueOrAWrongSignalIsRefused() {
    assertThatThrownBy(() -> signal(LiveSignal.CONNECTED)).isInstanceOfSatisfying(ResponseStatusException.class,
        e -> assertThat(e.getReason()).contains("直播阶段尚未开始"));
    reachLivePhase();
    signal(LiveSignal.CONNECTED);
    signal(LiveSignal.ON_AIR);
    LiveSignals.Result again = signal(LiveSignal.ON_AIR);

    assertThat(again.changed()).isFalse();
    assertThat(again.message()).contains("已是“直播中”");
    assertThat(linkup).isWaitingAt(ON_AIR_TASK);
    assertThat(venues.stateHistory(campaignId, VENUE)).filteredOn(s -> s == VenueState.ON_AIR).hasSize(1);
    assertThatThrownBy(() -> signal(LiveSignal.CONNECTED)).isInstanceOfSatisfying(ResponseStatusException.class,
        e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
          assertThat(e.getReason()).contains("当前为“直播中”，不能“已连线”");
        });
    assertThatThrownBy(() -> signals.signal(campaignId, "V99", LiveSignal.ON_AIR, null))
        .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
          assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
          assertThat(e.getReason()).contains("没有编号为 V99 的分会场");
        });
  }

  @Test
  void theCeremonyTeamDrivesTheSameStatesFromTasklist() {
    reachLivePhase();
    assertThat(linkup).task().hasCandidateGroup("ceremony").hasCandidateGroup("avengineers");
    assertThatThrownBy(() -> complete("av1", Map.of(LIVE_SIGNAL, LiveSignal.DONE.name())))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
    complete("av1", Map.of(LIVE_SIGNAL, LiveSignal.CONNECTED.name()));
    assertThat(linkup).isWaitingAt(CONNECTED_TASK);
    complete("ceremony1", Map.of(LIVE_SIGNAL, LiveSignal.DROPPED.name(), FALLBACK_MODE, FallbackMode.RECORDED_VIDEO.name()));
    assertThat(linkup).isWaitingAt(FALLBACK_TASK);
    // A console's signal for the state Tasklist already reached changes nothing.
    assertThat(signal(LiveSignal.DROPPED).changed()).isFalse();
    complete("av1", Map.of(LIVE_SIGNAL, LiveSignal.DONE.name()));
    endsAfterItsLastJob();
    assertThat(linkup).isEnded().hasPassed(LIVE_END);
    assertThat(state()).isEqualTo(VenueState.DONE);
  }

  @Test
  void aVenueStartedOnTheEarlierModelWithMessageBoundariesIsCarriedToTheEndBySignals() {
    engine.getRuntimeService().deleteProcessInstance(linkup.getId(), "replaced by an instance of the earlier model");
    String earlier = engine.getRepositoryService().createDeployment().name("earlier subVenueLinkup")
        .addClasspathResource("earlier-models/sub-venue-linkup-with-message-boundaries.bpmn")
        .deployWithResult().getDeployedProcessDefinitions().get(0).getId();
    linkup = engine.getRuntimeService().startProcessInstanceById(earlier, businessKey(campaignId, VENUE),
        Map.of(CampaignProcess.CAMPAIGN_ID, campaignId, VENUE_CODE, VENUE));
    reachLivePhase();

    signal(LiveSignal.CONNECTED);
    signal(LiveSignal.DROPPED);
    signal(LiveSignal.ON_AIR);
    assertThat(signal(LiveSignal.DONE).state()).isEqualTo(VenueState.DONE);
    endsAfterItsLastJob();
    assertThat(linkup).isEnded().hasPassed(LIVE_END);
    assertThat(venues.stateHistory(campaignId, VENUE)).endsWith(VenueState.WAITING, VenueState.CONNECTED,
        VenueState.FALLBACK, VenueState.ON_AIR, VenueState.DONE);
  }

  private void reachLivePhase() {
    register();
    rehearse(true);
    goLive();
  }

  private void register() {
    complete(HOST_USER, DemoForms.venueRegistration("北京市海淀区中关村大街1号", "INDUSTRIAL_PARK", "海淀区科协",
        "视频会议号 8801 2019 530"));
  }

  private void schedule() {
    complete("ceremony1", Map.of(REHEARSAL_DATE, "2019-05-20", REHEARSAL_TIME, "14:00"));
  }

  /** One connection test from scheduling to the AV engineer's result. */
  private void rehearse(boolean passes) {
    schedule();
    complete(HOST_USER, Map.of(SLOT_ACCEPTED, YES));
    assertThat(linkup).task().hasCandidateGroup("avengineers");
    complete("av1", Map.of(VIDEO_OK, true, AUDIO_OK, passes, LATENCY_MS, 300, PICTURE_QUALITY, PictureQuality.HD.name(),
        REHEARSAL_NOTES, passes ? "" : "音频断续"));
  }

  private void dayBefore() {
    CampaignClock.set(OffsetDateTime.parse("2019-05-29T10:00:00+08:00"));
    driver.executeJobs();
    assertThat(linkup).isWaitingAt(GO_NO_GO_TASK);
  }

  private void goLive() {
    dayBefore();
    complete("lead1", Map.of(GO_DECISION, GO, DECISION_REASON, ""));
    CampaignClock.set(OffsetDateTime.parse("2019-05-30T08:00:00+08:00"));
    driver.executeJobs();
    assertThat(linkup).isWaitingAt(WAITING_TASK);
  }

  /**
   * The venue is done as soon as the console says so; the instance ends in a job of its own, so that venues ending at
   * the same moment are counted into the campaign's multi-instance one after the other instead of clashing.
   */
  private void endsAfterItsLastJob() {
    assertThat(linkup).isWaitingAt(LIVE_END);
    assertThat(state()).isEqualTo(VenueState.DONE);
    driver.executeJobs();
  }

  private LiveSignals.Result signal(LiveSignal signal) {
    return driver.as("av1", () -> signals.signal(campaignId, VENUE, signal, null));
  }

  private VenueState state() {
    return venues.find(campaignId, VENUE).orElseThrow().state();
  }

  private void complete(String userId, Map<String, Object> form) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(linkup.getId()).singleResult();
    driver.as(userId, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }
}
