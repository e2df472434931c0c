package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.demand.DemandService;
import cn.org.cast.volunteer.demand.DemandStatus;
import cn.org.cast.volunteer.demand.ProjectDemand;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.reminder.Deadlines;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamLine;
import cn.org.cast.volunteer.team.TeamService;

/**
 * The rules of a service project's course: which demands it may take on (accepted ones of its own
 * association), which teams may serve (active, of the project's kind), when its reports fall due, and
 * what its evaluation writes back onto the demands.
 */
@Service
public class ProjectService {

  /** A project on record and the association that owns it. */
  public record Setup(long projectId, String ownerGroup, String ownerName) {}

  /** The next progress report: its number, of how many, and when it is due. */
  public record NextReport(int number, int count, Date due) {}

  /** A team the recruiter named, and how many of its volunteers. */
  public record TeamChoice(String teamCode, int volunteers) {}

  private final ProjectRepository projects;
  private final DemandService demands;
  private final TeamService teams;
  private final Organizations organizations;
  private final Deadlines deadlines;
  private final RecordGuard guard;

  public ProjectService(ProjectRepository projects, DemandService demands, TeamService teams,
      Organizations organizations, Deadlines deadlines, RecordGuard guard) {
    this.projects = projects;
    this.demands = demands;
    this.teams = teams;
    this.organizations = organizations;
    this.deadlines = deadlines;
    this.guard = guard;
  }

  public Optional<ServiceProject> find(long projectId) {
    return projects.find(projectId);
  }

  /** The projects with those ids, by id. */
  public List<ServiceProject> findAll(Collection<Long> projectIds) {
    return projects.findAll(projectIds);
  }

  /** Whether the team took part in the project. */
  public boolean tookPart(long projectId, long teamId) {
    return projects.teamsOf(projectId).stream().anyMatch(recruit -> recruit.teamId() == teamId);
  }

  /** The closed projects, not failed, each of the teams took part in: what a model nomination may rest on. */
  public Map<Long, List<ServiceProject>> closedNotFailedOf(Collection<Long> teamIds) {
    return projects.closedNotFailedOf(teamIds);
  }

  /** Whether the organisation has a project of that title. */
  public boolean exists(String ownerCode, String title) {
    return projects.exists(ownerCode, title);
  }

  /**
   * A project entered as already evaluated and closed, standing for a run of the process that went through
   * elsewhere (demo data): set up, staffed, approved and closed by the evaluator.
   */
  public long enterClosed(ProjectPlan plan, String ownerCode, String createdBy, List<Recruit> recruits,
      String evaluator, EvaluationGrade grade, String summary) {
    long id = projects.insert(plan, ownerCode, createdBy);
    projects.replaceTeams(id, recruits);
    projects.approve(id, evaluator);
    projects.close(id, grade, summary, evaluator, List.of());
    return id;
  }

  /** Records a project set up by a member of an association, around accepted demands of that association. */
  public Setup setUp(String applicant, Collection<String> applicantGroups, ProjectPlan plan) {
    List<Organization> own = organizations.activeAmong(applicantGroups);
    if (own.size() != 1) {
      throw refused(TITLE, "只有报送单位（全国学会、省级科协）的工作人员可以设立科技志愿服务项目");
    }
    Organization owner = own.get(0);
    List<Long> demandIds = demandsToTake(null, owner.code(), plan);
    long id = projects.insert(plan, owner.code(), applicant);
    demands.takeOn(id, demandIds);
    return new Setup(id, owner.code(), owner.name());
  }

  /**
   * The set-up corrected after a return, by the owner, in the project's own process (its business key is the
   * project's code); demands it no longer names go back to the library.
   */
  public void revise(long projectId, String businessKey, ProjectPlan plan) {
    ServiceProject project = owned(projectId, businessKey, ProjectStatus.RECRUITING, "修改项目方案");
    List<Long> demandIds = demandsToTake(projectId, project.ownerCode(), plan);
    projects.revise(projectId, plan);
    demands.takeOn(projectId, demandIds);
  }

  private List<Long> demandsToTake(Long projectId, String ownerCode, ProjectPlan plan) {
    if (plan.endsOn().isBefore(deadlines.today())) {
      throw refused(ENDS_ON, "“结束日期”已经过去，请填写今后的日期");
    }
    List<Long> ids = plan.demandCodes().stream().map(code -> Long.valueOf(code.substring(1))).toList();
    Map<Long, ProjectDemand> found = demands.forProject(ids).stream()
        .collect(Collectors.toMap(ProjectDemand::id, demand -> demand));
    List<String> problems = new ArrayList<>();
    for (Long id : ids) {
      ProjectDemand demand = found.get(id);
      if (demand == null) {
        problems.add("需求库中没有编号为 D" + id + " 的需求");
      } else if (!demand.ownerCode().equals(ownerCode)) {
        problems.add("需求 " + demand.code() + " 由其他单位受理，不能由本单位承接");
      } else if (demand.status() != DemandStatus.ACCEPTED && !Objects.equals(demand.projectId(), projectId)) {
        problems.add("需求 " + demand.code() + " 尚未入库或已由其他项目承接");
      }
    }
    if (!problems.isEmpty()) {
      throw refused(DEMAND_CODES, String.join("；", problems));
    }
    return ids;
  }

  /** For the recruitment form: the active teams whose field is the project's kind, as lines to read. */
  public String matchingTeams(long projectId) {
    ServiceProject project = projects.find(projectId).orElseThrow();
    List<TeamLine> matching = teams.activeOfField(project.kind());
    if (matching.isEmpty()) {
      return "目前没有服务领域为“" + project.kind().label() + "”的已启用服务队。可先组建服务队，或退回后调整项目的服务类型。";
    }
    return "服务领域为“" + project.kind().label() + "”的已启用服务队：\n\n" + matching.stream()
        .map(team -> "- **" + Team.code(team.id()) + "** " + team.name() + "（" + Objects.toString(team.hostName(), "中国科协")
            + "，队员" + team.members() + "人）")
        .collect(Collectors.joining("\n"));
  }

  /** The teams that take the project on, chosen by the owner; each must be active and of the project's kind. */
  public void recruit(long projectId, String businessKey, List<TeamChoice> choices) {
    ServiceProject project = owned(projectId, businessKey, ProjectStatus.RECRUITING, "招募志愿者");
    List<String> problems = new ArrayList<>();
    List<Recruit> recruits = new ArrayList<>();
    for (TeamChoice choice : choices) {
      String code = choice.teamCode().toUpperCase(Locale.ROOT);
      TeamLine team = teams.line(Team.idOf(code)).orElse(null);
      if (team == null || !"ACTIVE".equals(team.status())) {
        problems.add(code + " 不是已启用的服务队");
      } else if (team.field() != project.kind()) {
        problems.add(code + " 的服务领域" + (team.field() == null ? "未登记" : "是“" + team.field().label() + "”")
            + "，与项目的服务类型“" + project.kind().label() + "”不符");
      } else if (team.members() > 0 && choice.volunteers() > team.members()) {
        problems.add(code + " 只有" + team.members() + "名队员");
      } else {
        recruits.add(new Recruit(team.id(), choice.volunteers()));
      }
    }
    if (!problems.isEmpty()) {
      throw refused(RECRUITED_TEAMS, String.join("；", problems));
    }
    projects.replaceTeams(projectId, recruits);
    projects.setStatus(projectId, ProjectStatus.AWAITING_APPROVAL);
  }

  /**
   * CAST's organisers decide a project waiting for it, never the one who set it up; a refused project gives
   * its demands back to the library.
   */
  public void decide(long projectId, String businessKey, ProjectDecision decision, String approver) {
    if (approver == null) {
      throw refused(PROJECT_DECISION, "审批须由中国科协的工作人员办理");
    }
    ServiceProject project = bound(projectId, businessKey);
    guard.requireGroup(Set.of(Groups.ORGANIZERS), "服务项目 " + project.code() + " 须由中国科协组织人事部的工作人员审批。");
    guard.refuseGroup(project.ownerCode(), "不能审批本单位设立的服务项目。");
    requireStatus(project, ProjectStatus.AWAITING_APPROVAL, "审批");
    if (approver.equals(projects.createdBy(projectId).orElse(null))) {
      throw refused(PROJECT_DECISION, "不能审批本人设立的服务项目");
    }
    switch (decision) {
      case APPROVE -> projects.approve(projectId, approver);
      case RETURN -> projects.setStatus(projectId, ProjectStatus.RECRUITING);
      case REJECT -> {
        projects.setStatus(projectId, ProjectStatus.REJECTED);
        demands.release(projectId);
      }
    }
  }

  /** Puts the next progress report of a running project on record, due on its day of the schedule. */
  public NextReport nextReport(long projectId, String businessKey) {
    ServiceProject project = bound(projectId, businessKey);
    requireStatus(project, ProjectStatus.RUNNING, "安排进展报告");
    List<LocalDate> days = ReportSchedule.dueDays(project.startsOn(), project.endsOn(), project.reportEveryDays(),
        deadlines::isWorkingDay);
    int number = (int) projects.reports(projectId).values().stream().filter(Boolean::booleanValue).count() + 1;
    Date due = deadlines.deadlineOn(days.get(number - 1));
    projects.scheduleReport(projectId, number, due.toInstant().atZone(VolunteerApplication.BEIJING).toOffsetDateTime());
    return new NextReport(number, days.size(), due);
  }

  /**
   * The owner's report of the number due (scheduled and not yet reported, as our table holds it). Returns
   * true while more reports are due; after the last one the project awaits its evaluation.
   */
  public boolean recordReport(long projectId, String businessKey, int number, String user, String progress) {
    ServiceProject project = owned(projectId, businessKey, ProjectStatus.RUNNING, "报送进展");
    guard.requireState(Boolean.FALSE.equals(projects.reports(projectId).get(number)),
        "服务项目 " + project.code() + " 第" + number + "期进展不在待报送之列，请刷新任务列表。");
    int count = ReportSchedule.dueDays(project.startsOn(), project.endsOn(), project.reportEveryDays(),
        deadlines::isWorkingDay).size();
    projects.recordReport(projectId, number, user, progress);
    if (number < count) {
      return true;
    }
    projects.setStatus(projectId, ProjectStatus.EVALUATING);
    return false;
  }

  /** The evaluation lines of the form: one per indicator, one per demand taken on. */
  public List<Map<String, Object>> indicatorLines(long projectId) {
    return projects.indicators(projectId).stream().map(indicator -> {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put(INDICATOR_NAME, indicator.name());
      line.put(INDICATOR_UNIT, indicator.unit());
      line.put(INDICATOR_TARGET, indicator.target());
      return line;
    }).toList();
  }

  public List<Map<String, Object>> demandLines(long projectId) {
    return demands.heldBy(projectId).stream()
        .map(demand -> Map.<String, Object>of(DEMAND_CODE, demand.code(), DEMAND_TITLE, demand.title()))
        .toList();
  }

  /** Closes the project: what each indicator achieved, the grade, and each demand's result on the demand. */
  public void evaluate(long projectId, String businessKey, EvaluationGrade grade, String summary,
      List<BigDecimal> achieved, List<String> demandResults, String evaluator) {
    owned(projectId, businessKey, ProjectStatus.EVALUATING, "评估项目成效");
    if (achieved.size() != projects.indicators(projectId).size()) {
      throw refused(INDICATORS, "绩效指标与项目登记的指标不一致，请刷新任务后重新填写。");
    }
    List<ProjectDemand> held = demands.heldBy(projectId);
    if (demandResults.size() != held.size()) {
      throw refused(DEMAND_RESULTS, "需求列表与项目承接的需求不一致，请刷新任务后重新填写。");
    }
    Map<Long, String> results = new LinkedHashMap<>();
    for (int i = 0; i < held.size(); i++) {
      results.put(held.get(i).id(), demandResults.get(i));
    }
    projects.close(projectId, grade, summary, evaluator, achieved);
    demands.recordResults(projectId, results);
  }

  /** The project as our table holds it, if it is the one this process works on. */
  private ServiceProject bound(long projectId, String businessKey) {
    return guard.keyed(projects.find(projectId), ServiceProject.code(projectId), businessKey, "服务项目");
  }

  /** The owner's own work on its project, in the state that work belongs to. */
  private ServiceProject owned(long projectId, String businessKey, ProjectStatus status, String action) {
    ServiceProject project = bound(projectId, businessKey);
    guard.requireGroup(Set.of(project.ownerCode()), "服务项目 " + project.code() + " 只能由设立它的单位" + action + "。");
    requireStatus(project, status, action);
    return project;
  }

  private void requireStatus(ServiceProject project, ProjectStatus status, String action) {
    guard.requireState(project.status() == status, "服务项目 " + project.code() + " 当前状态为“"
        + project.status().label() + "”，不能" + action + "。请刷新任务列表。");
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
