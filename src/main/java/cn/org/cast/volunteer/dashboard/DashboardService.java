package cn.org.cast.volunteer.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.dashboard.Dashboard.Breakdown;
import cn.org.cast.volunteer.dashboard.Dashboard.Ceremony;
import cn.org.cast.volunteer.dashboard.Dashboard.Due;
import cn.org.cast.volunteer.dashboard.Dashboard.Figure;
import cn.org.cast.volunteer.dashboard.Dashboard.MailFigures;
import cn.org.cast.volunteer.dashboard.Dashboard.PoolFill;
import cn.org.cast.volunteer.dashboard.Dashboard.ReviewerProgress;
import cn.org.cast.volunteer.dashboard.Dashboard.Reviews;
import cn.org.cast.volunteer.dashboard.Dashboard.Summary;
import cn.org.cast.volunteer.dashboard.Dashboard.Waiting;
import cn.org.cast.volunteer.dashboard.DashboardRepository.Count;
import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.notification.DeliveryStatus;
import cn.org.cast.volunteer.notification.NotificationPurpose;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.selection.Pool;
import cn.org.cast.volunteer.selection.SelectionStatus;
import cn.org.cast.volunteer.venue.VenueState;

/** Assembles the organiser's dashboard of a campaign from its tables and its running plans. */
@Service
class DashboardService {

  /** "Due soon" looks this many working days ahead. */
  static final int HORIZON_WORKING_DAYS = 5;
  static final int WAITING_SHOWN = 10;
  /** Process instance ids per engine query: well under any database's limit on an IN list. */
  private static final int IDS_PER_QUERY = 500;

  private final DashboardRepository repository;
  private final CampaignService campaigns;
  private final Deadlines deadlines;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Clock clock;

  DashboardService(DashboardRepository repository, CampaignService campaigns, Deadlines deadlines,
      RuntimeService runtimeService, TaskService taskService, IdentityService identityService, Clock clock) {
    this.repository = repository;
    this.campaigns = campaigns;
    this.deadlines = deadlines;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.clock = clock;
  }

  public Dashboard dashboard(String campaignId) {
    Campaign campaign = campaign(campaignId);
    List<RosterLine> roster = repository.roster(campaignId);
    LocalDate today = deadlines.today();
    String status = campaigns.status(campaignId).map(s -> s.label()).orElse("");
    Summary summary = new Summary(campaign.id(), campaign.name(), status, campaign.planDeadline(),
        campaign.symposiumDate(), today, workingDaysBetween(today, campaign.planDeadline()), roster.size());
    return new Dashboard(summary, stateFigures(roster), breakdown(roster, line -> line.type().name(),
        line -> line.type().label()), breakdown(roster, RosterLine::region, RosterLine::region),
        deadlines(campaign, roster, today), reviews(campaignId, roster, today), selection(campaign),
        ceremony(campaignId));
  }

  /** The recipients behind a number of the dashboard: by state, organisation type and region, each optional. */
  public List<RosterLine> recipients(String campaignId, PlanState state, OrganizationType type, String region) {
    campaign(campaignId);
    return repository.roster(campaignId).stream()
        .filter(line -> state == null || line.state() == state)
        .filter(line -> type == null || line.type() == type)
        .filter(line -> region == null || line.region().equals(region))
        .toList();
  }

  Campaign campaign(String campaignId) {
    return campaigns.find(campaignId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + campaignId + " 的活动。"));
  }

  private static List<Figure> stateFigures(List<RosterLine> roster) {
    Map<PlanState, Long> counts = countByState(roster);
    return Arrays.stream(PlanState.values()).map(state -> new Figure(state.name(), state.label(), counts.get(state))).toList();
  }

  private static List<Breakdown> breakdown(List<RosterLine> roster, Function<RosterLine, String> key,
      Function<RosterLine, String> label) {
    Map<String, List<RosterLine>> groups = roster.stream().collect(Collectors.groupingBy(key, LinkedHashMap::new,
        Collectors.toList()));
    return groups.values().stream()
        .map(lines -> new Breakdown(key.apply(lines.get(0)), label.apply(lines.get(0)), countByState(lines), lines.size()))
        .sorted(Comparator.comparing(Breakdown::total).reversed().thenComparing(Breakdown::key))
        .toList();
  }

  private static Map<PlanState, Long> countByState(List<RosterLine> lines) {
    Map<PlanState, Long> counts = new EnumMap<>(PlanState.class);
    Arrays.stream(PlanState.values()).forEach(state -> counts.put(state, 0L));
    lines.forEach(line -> counts.merge(line.state(), 1L, Long::sum));
    return counts;
  }

  private Dashboard.Deadlines deadlines(Campaign campaign, List<RosterLine> roster, LocalDate today) {
    List<RosterLine> awaiting = roster.stream().filter(line -> line.state().awaitsSubmission()).toList();
    Map<String, OffsetDateTime> dueAt = dueDates(awaiting);
    OffsetDateTime campaignDue = beijing(deadlines.deadlineOn(campaign.planDeadline()));
    OffsetDateTime now = OffsetDateTime.now(clock);
    LocalDate horizon = today;
    for (int i = 0; i < HORIZON_WORKING_DAYS; i++) {
      horizon = nextWorkingDay(horizon);
    }
    List<Due> dueSoon = new ArrayList<>();
    List<Due> overdue = new ArrayList<>();
    for (RosterLine line : awaiting) {
      OffsetDateTime due = dueAt.getOrDefault(line.processInstanceId(), campaignDue);
      LocalDate dueDay = due.atZoneSameInstant(VolunteerApplication.BEIJING).toLocalDate();
      Due entry = new Due(line.orgCode(), line.orgName(), line.state().label(), due, workingDaysBetween(today, dueDay));
      if (line.state() == PlanState.OVERDUE || dueDay.isBefore(today) || (dueDay.equals(today) && due.isBefore(now))) {
        overdue.add(entry);
      } else if (!dueDay.isAfter(horizon)) {
        dueSoon.add(entry);
      }
    }
    dueSoon.sort(Comparator.comparing(Due::dueAt).thenComparing(Due::orgCode));
    overdue.sort(Comparator.comparing(Due::dueAt).thenComparing(Due::orgCode));
    return new Dashboard.Deadlines(dueSoon, overdue, mails(campaign.id()), HORIZON_WORKING_DAYS);
  }

  /** Each plan's own deadline: the campaign's, or a revision's or an extension's, as its process holds it. */
  private Map<String, OffsetDateTime> dueDates(List<RosterLine> lines) {
    Map<String, OffsetDateTime> due = new HashMap<>();
    for (List<String> ids : chunks(lines.stream().map(RosterLine::processInstanceId).filter(Objects::nonNull).toList())) {
      for (VariableInstance variable : runtimeService.createVariableInstanceQuery().variableName(PlanProcess.PLAN_DUE_AT)
          .processInstanceIdIn(ids.toArray(String[]::new)).list()) {
        if (variable.getValue() instanceof Date date) {
          due.put(variable.getProcessInstanceId(), beijing(date));
        }
      }
    }
    return due;
  }

  private List<MailFigures> mails(String campaignId) {
    Map<String, Map<String, Long>> byPurpose = new HashMap<>();
    for (Count count : repository.mails(campaignId)) {
      byPurpose.computeIfAbsent(count.key(), purpose -> new HashMap<>()).merge(count.subKey(), count.count(), Long::sum);
    }
    return Arrays.stream(NotificationPurpose.values()).filter(purpose -> byPurpose.containsKey(purpose.name()))
        .map(purpose -> {
          Map<String, Long> statuses = byPurpose.get(purpose.name());
          long sent = statuses.getOrDefault(DeliveryStatus.SENT.name(), 0L);
          long failed = statuses.getOrDefault(DeliveryStatus.FAILED.name(), 0L);
          long all = statuses.values().stream().mapToLong(Long::longValue).sum();
          return new MailFigures(purpose.name(), purpose.label(), sent, failed, all - sent - failed);
        }).toList();
  }

  private Reviews reviews(String campaignId, List<RosterLine> roster, LocalDate today) {
    Map<String, RosterLine> submitted = roster.stream().filter(line -> line.state() == PlanState.SUBMITTED)
        .filter(line -> line.processInstanceId() != null)
        .collect(Collectors.toMap(RosterLine::processInstanceId, Function.identity()));
    List<Task> reviewTasks = reviewTasks(submitted.keySet());
    Map<String, long[]> progress = new LinkedHashMap<>();
    for (Count count : repository.reviewDecisions(campaignId)) {
      long[] figures = progress.computeIfAbsent(Objects.toString(count.key(), ""), reviewer -> new long[6]);
      figures[switch (count.subKey()) { case "APPROVE" -> 0; case "RETURN" -> 1; default -> 2; }] += count.count();
    }
    reviewTasks.stream().map(Task::getAssignee).filter(Objects::nonNull)
        .forEach(assignee -> progress.computeIfAbsent(assignee, reviewer -> new long[6])[3]++);
    for (Count count : repository.scoring(campaignId)) {
      progress.computeIfAbsent(count.key(), reviewer -> new long[6])["ASSIGNED".equals(count.subKey()) ? 4 : 5] += count.count();
    }
    progress.remove("");
    Map<String, String> names = names(progress.keySet());
    List<ReviewerProgress> reviewers = progress.entrySet().stream()
        .map(entry -> new ReviewerProgress(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
            entry.getValue()[0], entry.getValue()[1], entry.getValue()[2], entry.getValue()[3], entry.getValue()[4],
            entry.getValue()[5]))
        .sorted(Comparator.comparing(ReviewerProgress::reviewer)).toList();
    // Waiting since the review task was created: the (re)submission that the reviewers have to answer.
    List<Waiting> waiting = reviewTasks.stream().sorted(Comparator.comparing(Task::getCreateTime)).limit(WAITING_SHOWN)
        .map(task -> {
          RosterLine line = submitted.get(task.getProcessInstanceId());
          OffsetDateTime since = beijing(task.getCreateTime());
          return new Waiting(line.orgCode(), line.orgName(), since, workingDaysBetween(since.toLocalDate(), today),
              task.getAssignee() == null ? null : names.getOrDefault(task.getAssignee(), task.getAssignee()));
        })
        .toList();
    long unclaimed = reviewTasks.stream().filter(task -> task.getAssignee() == null).count();
    return new Reviews(reviewers, waiting, unclaimed);
  }

  /** The open review tasks of the submitted plans. */
  private List<Task> reviewTasks(Collection<String> processInstanceIds) {
    List<Task> tasks = new ArrayList<>();
    for (List<String> ids : chunks(List.copyOf(processInstanceIds))) {
      tasks.addAll(taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new))
          .taskDefinitionKey(PlanProcess.REVIEW_TASK).list());
    }
    return tasks;
  }

  /** People by their given name, as colleagues call them (the surname field holds the organisation or role). */
  private Map<String, String> names(Collection<String> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list().stream()
        .collect(Collectors.toMap(User::getId, user -> user.getFirstName() == null ? user.getId() : user.getFirstName()));
  }

  private List<PoolFill> selection(Campaign campaign) {
    Map<String, Long> counts = new HashMap<>();
    repository.selection(campaign.id()).forEach(count -> counts.put(count.key() + "/" + count.subKey(), count.count()));
    return Arrays.stream(Pool.values()).map(pool -> new PoolFill(pool.name(), pool.label(), switch (pool) {
      case SOCIETY -> campaign.societyQuota();
      case TEAM -> campaign.teamQuota();
      case VENUE -> campaign.venueQuota();
    }, counts.getOrDefault(pool.name() + "/" + SelectionStatus.SELECTED.name(), 0L),
        counts.getOrDefault(pool.name() + "/" + SelectionStatus.WAITLISTED.name(), 0L),
        counts.getOrDefault(pool.name() + "/" + SelectionStatus.NOT_QUALIFIED.name(), 0L))).toList();
  }

  private Ceremony ceremony(String campaignId) {
    Map<String, Long> venues = repository.venues(campaignId).stream().collect(Collectors.toMap(Count::key, Count::count));
    Map<String, Long> answers = new HashMap<>();
    repository.representatives(campaignId).forEach(count -> answers.merge(count.subKey(), count.count(), Long::sum));
    return new Ceremony(
        Arrays.stream(VenueState.values()).map(state -> new Figure(state.name(), state.label(),
            venues.getOrDefault(state.name(), 0L))).toList(),
        List.of(new Figure("ATTENDING", "确认出席", answers.getOrDefault("ATTENDING", 0L)),
            new Figure("ABSENT", "不能出席", answers.getOrDefault("ABSENT", 0L)),
            new Figure("PENDING", "尚未确认", answers.getOrDefault("PENDING", 0L))));
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  int workingDaysBetween(LocalDate from, LocalDate to) {
    int sign = to.isBefore(from) ? -1 : 1;
    LocalDate start = sign > 0 ? from : to;
    LocalDate end = sign > 0 ? to : from;
    int days = 0;
    for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
      if (deadlines.isWorkingDay(day)) {
        days++;
      }
    }
    return sign * days;
  }

  private LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (!deadlines.isWorkingDay(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  private static OffsetDateTime beijing(Date moment) {
    return moment.toInstant().atZone(VolunteerApplication.BEIJING).toOffsetDateTime();
  }

  private static List<List<String>> chunks(List<String> ids) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += IDS_PER_QUERY) {
      chunks.add(ids.subList(i, Math.min(ids.size(), i + IDS_PER_QUERY)));
    }
    return chunks;
  }
}
