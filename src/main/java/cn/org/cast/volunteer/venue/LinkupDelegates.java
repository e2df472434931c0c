package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.CurrentUser;

/**
 * The delegates and listeners of processes/sub-venue-linkup.bpmn, thin beans over {@link VenueService}.
 * Each bean is named after its element; the second names are those of models deployed before this version,
 * whose instances still run.
 */
@Configuration
class LinkupDelegates {

  /** 载入分会场: what the plan said of the venue, for the registration form and Tasklist. */
  @Bean({"loadVenue", "loadVenueDelegate"})
  JavaDelegate loadVenue(VenueService venues) {
    return (DelegateExecution execution) -> {
      SubVenue venue = venues.venue(campaignId(execution.getVariables()), code(execution.getVariables()));
      execution.setVariable(VENUE_NAME, venue.name());
      execution.setVariable(HOST_CODE, venue.hostCode());
      execution.setVariable(ADDRESS, venue.address());
      execution.setVariable(VENUE_KIND, venue.venueKind());
      execution.setVariable(ORGANIZING_UNIT, venue.organizingUnit());
      execution.setVariable(REHEARSAL_SUMMARY, venues.rehearsalSummary(venue.campaignId(), venue.code()));
    };
  }

  /** The venue's state follows its token: a start listener on each element of {@link LinkupProcess#STATE_AT}. */
  @Bean({"venueStateStarted", "venueStateListener"})
  ExecutionListener venueStateStarted(VenueService venues, CurrentUser user) {
    return (DelegateExecution execution) -> {
      VenueState state = STATE_AT.get(execution.getCurrentActivityId());
      String fallback = (String) execution.getVariable(FALLBACK_MODE);
      venues.enter(campaignId(execution.getVariables()), code(execution.getVariables()), state,
          fallback == null ? FallbackMode.RECORDED_VIDEO : FallbackMode.valueOf(fallback), user.id());
      execution.setVariable(VENUE_STATE_LABEL, state == VenueState.FALLBACK && fallback != null
          ? state.label() + "（" + FallbackMode.valueOf(fallback).label() + "）" : state.label());
    };
  }

  /** Every task of a linkup names its venue in Tasklist: an organisation or engineer has several at once. */
  @Bean({"venueTaskCreated", "venueTaskNamed"})
  TaskListener venueTaskCreated() {
    return (DelegateTask task) -> task.setName(task.getName() + "：" + task.getVariable(VENUE_NAME));
  }

  @Bean({"registerVenueCompleted", "venueRegistrationCompleted"})
  TaskListener registerVenueCompleted(VenueService venues, FormRules rules) {
    return (DelegateTask task) -> {
      FormValues v = rules.enforce(REGISTRATION_FORM, task.getVariables());
      venues.register(campaignId(task.getVariables()), code(task.getVariables()), new SubVenue.Registration(
          v.text(ADDRESS), v.text(VENUE_KIND), v.text(HOST_UNIT), v.text(ORGANIZING_UNIT), v.text(CONTACT_NAME),
          v.text(CONTACT_MOBILE), v.text(ENDPOINT_KIND), v.text(ENDPOINT)));
    };
  }

  /** 安排联调: a slot from today on and before the symposium. */
  @Bean({"scheduleRehearsalCompleted", "rehearsalScheduled"})
  TaskListener scheduleRehearsalCompleted(VenueService venues, FormRules rules, Deadlines deadlines,
      SymposiumTimetable timetable) {
    return (DelegateTask task) -> {
      FormValues v = rules.enforce(SCHEDULE_FORM, task.getVariables());
      String campaignId = campaignId(task.getVariables());
      var day = v.date(REHEARSAL_DATE);
      if (day.isBefore(deadlines.today()) || !day.isBefore(timetable.symposiumDate(campaignId))) {
        throw new SubmissionRejectedException(List.of(new FieldViolation(REHEARSAL_DATE,
            "联调日期须在今天（含）至座谈会（" + timetable.symposiumDate(campaignId) + "）之前。")));
      }
      var slot = venues.scheduleRehearsal(campaignId, code(task.getVariables()), day, LocalTime.parse(v.text(REHEARSAL_TIME)));
      task.setVariable(REHEARSAL_SLOT, VenueService.SLOT.format(slot.atZoneSameInstant(VolunteerApplication.BEIJING)));
      task.setVariable(REHEARSAL_SLOT_AT, Date.from(slot.toInstant()));
    };
  }

  @Bean({"confirmRehearsalSlotCompleted", "rehearsalSlotAnswered"})
  TaskListener confirmRehearsalSlotCompleted(FormRules rules) {
    return (DelegateTask task) -> rules.enforce(CONFIRM_SLOT_FORM, task.getVariables());
  }

  /** 记录联调结果: the test on record; whether it passed is the server's rule, not the form's. */
  @Bean({"recordRehearsalCompleted", "rehearsalRecorded"})
  TaskListener recordRehearsalCompleted(VenueService venues, FormRules rules, CurrentUser user) {
    return (DelegateTask task) -> {
      FormValues v = rules.enforce(RESULT_FORM, task.getVariables());
      String campaignId = campaignId(task.getVariables());
      String code = code(task.getVariables());
      VenueService.RehearsalOutcome outcome = venues.recordRehearsal(campaignId, code,
          Boolean.TRUE.equals(v.raw(VIDEO_OK)), Boolean.TRUE.equals(v.raw(AUDIO_OK)), v.integer(LATENCY_MS),
          PictureQuality.valueOf(v.text(PICTURE_QUALITY)), v.text(REHEARSAL_NOTES), user.id());
      task.setVariable(REHEARSAL_PASSED, outcome.passed());
      task.setVariable(REHEARSAL_ATTEMPTS, outcome.attempt());
      task.setVariable(RETRIES_LEFT, outcome.retriesLeft());
      task.setVariable(REHEARSAL_SUMMARY, venues.rehearsalSummary(campaignId, code));
    };
  }

  /** The ceremony lead's decisions (联调未通过处理, Go / No-go) only need their form's rules. */
  @Bean({"decideFailedVenueCompleted", "failedVenueDecided"})
  TaskListener decideFailedVenueCompleted(FormRules rules) {
    return (DelegateTask task) -> rules.enforce(FAILED_FORM, task.getVariables());
  }

  @Bean({"decideGoNoGoCompleted", "goNoGoDecided"})
  TaskListener decideGoNoGoCompleted(FormRules rules) {
    return (DelegateTask task) -> rules.enforce(GO_NO_GO_FORM, task.getVariables());
  }

  /** 改为录播: off the live programme. */
  @Bean({"switchToRecorded", "switchToRecordedDelegate"})
  JavaDelegate switchToRecorded(VenueService venues) {
    return (DelegateExecution execution) -> venues.switchToRecorded(campaignId(execution.getVariables()),
        code(execution.getVariables()));
  }

  @Bean({"submitRecordedVideoCompleted", "recordedVideoSubmitted"})
  TaskListener submitRecordedVideoCompleted(VenueService venues, FormRules rules) {
    return (DelegateTask task) -> {
      FormValues v = rules.enforce(RECORDED_VIDEO_FORM, task.getVariables());
      venues.recordedVideo(campaignId(task.getVariables()), code(task.getVariables()), v.text(RECORDED_VIDEO_LINK));
    };
  }

  /**
   * 分会场直播控制 in Tasklist: the same transitions the messages make, accepted only where the venue's
   * state leads; the task's own answers stay on the task.
   */
  @Bean({"liveStateCreated", "liveControlOpened"})
  TaskListener liveStateCreated() {
    return (DelegateTask task) -> {
      task.setVariableLocal(LIVE_SIGNAL, null);
      task.setVariableLocal(FALLBACK_MODE, null);
    };
  }

  @Bean({"liveStateCompleted", "liveControlCompleted"})
  TaskListener liveStateCompleted(FormRules rules) {
    return (DelegateTask task) -> {
      FormValues v = rules.enforce(LIVE_CONTROL_FORM, task.getVariables());
      LiveSignal signal = LiveSignal.valueOf(v.text(LIVE_SIGNAL));
      VenueState state = STATE_AT.get(task.getTaskDefinitionKey());
      if (!signal.acceptedIn(state)) {
        throw new SubmissionRejectedException(List.of(new FieldViolation(LIVE_SIGNAL,
            "分会场当前为“" + state.label() + "”，不能选择“" + signal.label() + "”。")));
      }
      // The gateway after the task reads the signal; the fallback mode is what the next state shows.
      task.getExecution().setVariable(LIVE_SIGNAL, signal.name());
      if (signal == LiveSignal.DROPPED) {
        task.getExecution().setVariable(FALLBACK_MODE, v.text(FALLBACK_MODE));
      }
    };
  }

  private static String campaignId(Map<String, Object> variables) {
    return (String) variables.get(CampaignProcess.CAMPAIGN_ID);
  }

  private static String code(Map<String, Object> variables) {
    return (String) variables.get(VENUE_CODE);
  }
}
