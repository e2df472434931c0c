package cn.org.cast.volunteer.venue;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.annotation.JsonProperty;

import cn.org.cast.volunteer.security.RecordGuard;

/**
 * Signals from the AV console, a script or a person: each completes the live control task of the venue's state (found
 * by its business key) as Tasklist would. A signal that repeats the venue's state changes nothing.
 * The symposium roles hold no right to change a linkup in the engine (it would let them set any venue's
 * variables or move its token anywhere): this service checks the role and the venue's state in our tables
 * and then completes the task with the engine's authorization checks off, the signed-in user still recorded as
 * the one who moved the venue.
 */
@Service
public class LiveSignals {

  /** What a signal did: {@code changed} is false where the venue already was in the signalled state. */
  public record Result(String venueCode, String venueName, VenueState state, boolean changed, String message) {

    @JsonProperty
    public String stateLabel() {
      return state.label();
    }
  }

  private final VenueRepository venues;
  private final ProcessEngine engine;
  private final TaskService taskService;
  private final FormService formService;
  private final RecordGuard guard;

  public LiveSignals(VenueRepository venues, ProcessEngine engine, RecordGuard guard) {
    this.venues = venues;
    this.engine = engine;
    this.taskService = engine.getTaskService();
    this.formService = engine.getFormService();
    this.guard = guard;
  }

  /** As the signed-in user of the engine (one of {@link VenueSignalController#SIGNALLERS}), or the app itself. */
  public Result signal(String campaignId, String code, LiveSignal signal, FallbackMode fallback) {
    guard.requireGroup(VenueSignalController.SIGNALLERS, VenueSignalController.SIGNALLERS_ONLY);
    SubVenue venue = venues.find(campaignId, code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        "活动 " + campaignId + " 没有编号为 " + code + " 的分会场。"));
    if (venue.state() == signal.target()) {
      return unchanged(venue);
    }
    if (!signal.acceptedIn(venue.state())) {
      throw refused(venue, signal);
    }
    boolean completed;
    try {
      completed = withoutAuthorizationChecks(() -> completeStateTask(campaignId, code, venue.state(), signal, fallback));
    } catch (OptimisticLockingException completedAtTheSameMoment) {
      completed = false;
    }
    if (!completed) {
      // Another signal or a Tasklist action moved the venue first: the same move is harmless, any other is stale.
      SubVenue now = venues.find(campaignId, code).orElseThrow();
      if (now.state() == signal.target()) {
        return unchanged(now);
      }
      throw refused(now, signal);
    }
    SubVenue moved = venues.find(campaignId, code).orElseThrow();
    return new Result(code, moved.name(), moved.state(), true,
        "分会场“" + moved.name() + "”：" + venue.state().label() + " → " + moved.state().label());
  }

  /**
   * Moves the venue on as completing its state's live control task in Tasklist does, so that the model draws each
   * transition once and both ways in run the same listeners. False where the token has already left that state.
   */
  private boolean completeStateTask(String campaignId, String code, VenueState state, LiveSignal signal,
      FallbackMode fallback) {
    Task task = taskService.createTaskQuery()
        .processInstanceBusinessKey(LinkupProcess.businessKey(campaignId, code))
        .taskDefinitionKey(taskOf(state)).singleResult();
    if (task == null) {
      return false;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(LinkupProcess.LIVE_SIGNAL, signal.name());
    if (signal == LiveSignal.DROPPED) {
      variables.put(LinkupProcess.FALLBACK_MODE, (fallback == null ? FallbackMode.RECORDED_VIDEO : fallback).name());
    }
    // Submitted as a form, like Tasklist's, so the values land on the task's own fields that the listeners read.
    formService.submitTaskForm(task.getId(), variables);
    return true;
  }

  private static String taskOf(VenueState state) {
    return LinkupProcess.STATE_AT.entrySet().stream().filter(at -> at.getValue() == state)
        .map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  /** One engine command with its checks off; nested engine calls join it and so skip them too. */
  private <T> T withoutAuthorizationChecks(Supplier<T> work) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return work.get();
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  private static Result unchanged(SubVenue venue) {
    return new Result(venue.code(), venue.name(), venue.state(), false,
        "分会场“" + venue.name() + "”已是“" + venue.state().label() + "”，本次信号未改变状态。");
  }

  private static ResponseStatusException refused(SubVenue venue, LiveSignal signal) {
    String why = venue.state().isLive()
        ? "当前为“" + venue.state().label() + "”，不能“" + signal.label() + "”。"
        : venue.state() == VenueState.DONE ? "的连线已经结束。"
        : "当前为“" + venue.state().label() + "”，直播阶段尚未开始（座谈会当天开启）。";
    return new ResponseStatusException(HttpStatus.CONFLICT, "分会场“" + venue.name() + "”" + why);
  }
}
