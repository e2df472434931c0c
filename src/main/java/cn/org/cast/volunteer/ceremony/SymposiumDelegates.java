package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.security.CurrentUser;
import cn.org.cast.volunteer.venue.SymposiumTimetable;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;
import cn.org.cast.volunteer.venue.VenueState;

/**
 * The delegates and listeners of the symposium stage of the campaign, thin beans over {@link SymposiumService}.
 * Each bean is named after its element; the second names are those of models deployed before this version,
 * whose instances still run.
 */
@Configuration
class SymposiumDelegates {

  /** 筹备座谈会: the flag recipients and sub-venues from the published selection. */
  @Bean({"prepareSymposium", "prepareSymposiumDelegate"})
  JavaDelegate prepareSymposium(SymposiumService symposium, SymposiumTimetable timetable) {
    return (DelegateExecution execution) -> {
      String campaignId = campaignId(execution.getVariables());
      SymposiumService.Prepared prepared = symposium.prepare(campaignId);
      execution.setVariable(FLAG_RECIPIENTS, prepared.recipientKeys());
      execution.setVariable(VENUE_CODES, prepared.venueCodes());
      execution.setVariable(CONFIRMATION_DUE_AT, timetable.confirmationDue(campaignId));
      execution.setVariable(RUNNING_ORDER_SUMMARY, "尚未编排。");
    };
  }

  /** 确认受旗代表, on creation: which flag the task is about, shown on the form and in Tasklist. */
  @Bean({"confirmRepresentativeCreated", "representativeConfirmationOpened"})
  TaskListener confirmRepresentativeCreated(SymposiumService symposium) {
    return (DelegateTask task) -> {
      FlagRecipient recipient = symposium.recipient(campaignId(task.getVariables()), (String) task.getVariable(FLAG_RECIPIENT));
      task.setVariableLocal(RECIPIENT_KIND, recipient.pool().label());
      task.setVariableLocal(RECIPIENT_NAME, recipient.name());
      task.setName("确认受旗代表：" + recipient.name());
      // The answers stay on the task: two hundred organisations answer at once without touching shared variables.
      for (String field : List.of(ATTENDING, REPRESENTATIVE_NAME, REPRESENTATIVE_TITLE, REPRESENTATIVE_MOBILE, ABSENCE_NOTE)) {
        task.setVariableLocal(field, null);
      }
    };
  }

  @Bean({"confirmRepresentativeCompleted", "representativeConfirmationCompleted"})
  TaskListener confirmRepresentativeCompleted(SymposiumService symposium, FormRules rules, CurrentUser user) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(CONFIRM_FORM, task.getVariables());
      symposium.confirm(campaignId(task.getVariables()), (String) task.getVariable(FLAG_RECIPIENT),
          YES.equals(values.text(ATTENDING)), values.text(REPRESENTATIVE_NAME), values.text(REPRESENTATIVE_TITLE),
          values.text(REPRESENTATIVE_MOBILE), user.id());
    };
  }

  /** 提醒确认受旗代表: one mail to each organisation with a representative still to confirm. */
  @Bean({"remindRepresentatives", "remindRepresentativesDelegate"})
  JavaDelegate remindRepresentatives(RepresentativeMails mails) {
    return (DelegateExecution execution) -> mails.remind(execution.getProcessInstanceId(),
        campaignId(execution.getVariables()), (Date) execution.getVariable(CONFIRMATION_DUE_AT));
  }

  /** 逾期未确认升级: the organisation, its leadership and the ceremony team told; the roster shows 待确认. */
  @Bean({"escalateMissingRepresentatives", "escalateMissingRepresentativesDelegate"})
  JavaDelegate escalateMissingRepresentatives(RepresentativeMails mails) {
    return (DelegateExecution execution) -> execution.setVariable(UNCONFIRMED_COUNT,
        mails.escalate(execution.getProcessInstanceId(), campaignId(execution.getVariables()),
            (Date) execution.getVariable(CONFIRMATION_DUE_AT)));
  }

  /** 编排座谈会议程, on completion: the running order built from the settings and stored. */
  @Bean({"arrangeRunningOrderCompleted", "runningOrderCompleted"})
  TaskListener arrangeRunningOrderCompleted(SymposiumService symposium, FormRules rules) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(ARRANGE_FORM, task.getVariables());
      RunningOrderBuilder.Settings settings = new RunningOrderBuilder.Settings(
          LocalTime.parse(values.text(START_TIME)), values.text(HOST), values.text(LAUNCH_PRESENTER),
          values.text(CORPS_PRESENTER), values.text(CORPS_RECIPIENT), FlagOrder.valueOf(values.text(FLAG_ORDER)),
          Objects.requireNonNullElse(values.integer(FLAG_BATCH_SIZE), RunningOrderValidator.DEFAULT_FLAG_BATCH_SIZE),
          RunningOrderValidator.lines(values.text(FLAG_PRESENTERS)), RunningOrderValidator.lines(values.text(SHOWCASE_ITEMS)),
          RunningOrderValidator.lines(values.text(INTERVIEWS)),
          Objects.requireNonNullElse(values.integer(LINK_MINUTES), RunningOrderValidator.DEFAULT_LINK_MINUTES));
      task.setVariable(RUNNING_ORDER_SUMMARY, symposium.arrange(campaignId(task.getVariables()), settings));
    };
  }

  /** 登记活动成效, on creation: a line per venue (held where it went on air or played its video) and the flags. */
  @Bean({"recordCeremonyOutcomeCreated", "ceremonyOutcomeOpened"})
  TaskListener recordCeremonyOutcomeCreated(SymposiumService symposium, VenueService venues) {
    return (DelegateTask task) -> {
      String campaignId = campaignId(task.getVariables());
      task.setVariableLocal(VENUE_OUTCOMES, venues.all(campaignId).stream()
          .map(v -> Map.<String, Object>of(OUTCOME_VENUE_CODE, v.code(), OUTCOME_VENUE_NAME, v.name(),
              OUTCOME_HELD, v.state() == VenueState.DONE || v.state() == VenueState.RECORDED, OUTCOME_MEDIA, ""))
          .toList());
      task.setVariableLocal(FLAG_OPTIONS, symposium.flagOptions(campaignId));
      task.setVariableLocal(FLAG_EXCEPTIONS, List.of());
    };
  }

  @Bean({"recordCeremonyOutcomeCompleted", "ceremonyOutcomeCompleted"})
  TaskListener recordCeremonyOutcomeCompleted(SymposiumService symposium, VenueService venues, FormRules rules) {
    return (DelegateTask task) -> {
      FormValues values = rules.enforce(OUTCOME_FORM, task.getVariables());
      String campaignId = campaignId(task.getVariables());
      List<String> codes = venues.all(campaignId).stream().map(SubVenue::code).toList();
      List<String> keys = symposium.flagOptions(campaignId).stream().map(option -> option.get("value")).toList();
      List<SymposiumService.VenueOutcome> venueOutcomes = values.list(VENUE_OUTCOMES).stream()
          .map(v -> new SymposiumService.VenueOutcome(v.text(OUTCOME_VENUE_CODE), Boolean.TRUE.equals(v.raw(OUTCOME_HELD)),
              v.text(OUTCOME_MEDIA)))
          .toList();
      List<SymposiumService.FlagOutcome> exceptions = values.list(FLAG_EXCEPTIONS).stream()
          .map(f -> new SymposiumService.FlagOutcome(f.text(EXCEPTION_RECIPIENT), FlagException.valueOf(f.text(EXCEPTION_KIND))))
          .toList();
      if (!venueOutcomes.stream().map(SymposiumService.VenueOutcome::venueCode).toList().equals(codes)) {
        throw new SubmissionRejectedException(List.of(new FieldViolation(VENUE_OUTCOMES,
            "分会场列表与登记的分会场不一致，请刷新任务后重新填写。")));
      }
      if (!keys.containsAll(exceptions.stream().map(SymposiumService.FlagOutcome::recipientKey).toList())) {
        throw new SubmissionRejectedException(List.of(new FieldViolation(FLAG_EXCEPTIONS, "授旗例外中有不在授旗名单内的单位。")));
      }
      symposium.recordOutcome(campaignId, venueOutcomes, exceptions);
    };
  }

  /** 活动总结并结束: the campaign closed with its summary, the selected teams on to the standing work. */
  @Bean({"concludeCampaign", "concludeCampaignDelegate"})
  JavaDelegate concludeCampaign(SymposiumService symposium) {
    return (DelegateExecution execution) -> execution.setVariable(CAMPAIGN_SUMMARY,
        symposium.conclude(campaignId(execution.getVariables()), (String) execution.getVariable(CEREMONY_SUMMARY),
            (String) execution.getVariable(CEREMONY_MEDIA)));
  }

  private static String campaignId(Map<String, Object> variables) {
    return (String) variables.get(CampaignProcess.CAMPAIGN_ID);
  }
}
