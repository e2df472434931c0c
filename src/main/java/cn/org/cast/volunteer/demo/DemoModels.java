package cn.org.cast.volunteer.demo;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.honour.ModelDecision;
import cn.org.cast.volunteer.honour.ModelKind;
import cn.org.cast.volunteer.honour.ModelProposal;
import cn.org.cast.volunteer.project.EvaluationGrade;
import cn.org.cast.volunteer.project.ProjectPlan;
import cn.org.cast.volunteer.project.ProjectService;
import cn.org.cast.volunteer.project.Recruit;
import cn.org.cast.volunteer.team.ServiceField;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamApplication;
import cn.org.cast.volunteer.team.TeamMember;
import cn.org.cast.volunteer.team.TeamRank;
import cn.org.cast.volunteer.team.TeamService;

/**
 * The demo's models (seed T4): the Chemical Society (chemsoc) has its corps and a youth team, both active,
 * and a closed service project, rated excellent, the two took part in; one of its people is already on the
 * published list. Left for a person: nominating the youth team as an advanced team, and its review.
 */
@Component
@Profile("demo")
@Order(4)
public class DemoModels implements ApplicationRunner {

  public static final String SOCIETY = "N006";
  public static final String YOUTH_TEAM = "中国化学会青年科技志愿服务队";
  public static final String PROJECT_TITLE = "化学实验进校园科普服务项目";

  private static final Logger LOG = LoggerFactory.getLogger(DemoModels.class);

  private final ProcessEngine engine;
  private final EngineUser engineAs;
  private final TeamService teams;
  private final ProjectService projects;
  private final Clock clock;

  public DemoModels(ProcessEngine engine, EngineUser engineAs, TeamService teams, ProjectService projects, Clock clock) {
    this.engine = engine;
    this.engineAs = engineAs;
    this.teams = teams;
    this.projects = projects;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (projects.exists(SOCIETY, PROJECT_TITLE)) {
      return;
    }
    Team corps = teams.corpsOf(SOCIETY).orElseGet(() -> activeTeam("中国化学会科技志愿服务总队", TeamRank.ORGANIZATION_CORPS, teams.nationalCorps()));
    Team youth = activeTeam(YOUTH_TEAM, TeamRank.TEAM, corps);
    long project = closedProject(List.of(corps, youth));
    publishTypicalPerson(corps, project);
    LOG.info("演示先进典型已就绪：chemsoc 可推荐 {} {}（依据 {}），公开名单 /public/models.html", youth.code(), youth.name(),
        ModelProposal.projectCode(project));
  }

  private Team activeTeam(String name, TeamRank rank, Team parent) {
    TeamApplication application = new TeamApplication(name, parent.code(), ServiceField.SCIENCE_POPULARIZATION, "刘队长",
        "13800000006", List.of(new TeamMember(1, "刘队长", "13800000006", "化学教育", null),
            new TeamMember(2, "王老师", "13900000006", "中学化学", "北京市第八中学化学教研组长")));
    return teams.enterActive(application, rank, parent, SOCIETY, "chemsoc", "organizer");
  }

  /** A project the service-project process would have closed: evaluated excellent, with both teams. */
  private long closedProject(List<Team> participants) {
    LocalDate today = LocalDate.now(clock);
    ProjectPlan plan = new ProjectPlan(PROJECT_TITLE, ServiceField.SCIENCE_POPULARIZATION,
        "走进20所农村中学开展化学实验科普，培训化学教师100人次。", List.of(), today.minusDays(200), today.minusDays(20), 30,
        List.of());
    return projects.enterClosed(plan, SOCIETY, "chemsoc",
        participants.stream().map(team -> new Recruit(team.id(), 12)).toList(), "organizer",
        EvaluationGrade.EXCELLENT, "完成全部指标：走进24所中学，培训教师126人次，学生满意度96%。");
  }

  private void publishTypicalPerson(Team corps, long project) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    Map<String, Object> proposal = Map.of(KIND, ModelKind.TYPICAL_PERSON.name(), TEAM_CODE, corps.code(),
        PERSON_NAME, "王老师", PERSON_ROLE, "骨干队员、中学化学教研组长", SOURCE_PROJECTS, ModelProposal.projectCode(project),
        DEEDS, "王老师利用周末和假期，带领志愿者把化学实验箱送进24所农村中学，亲自演示安全实验，手把手指导当地化学教师开设实验课，"
            + "让许多从未做过实验的学生第一次走进实验室。",
        CASE_TITLE, "“实验箱进校园”：让农村中学生动手做化学实验",
        CASE_TEXT, "做法：以县为单位配置可循环使用的实验箱，志愿者先培训当地教师、再由教师开课，志愿者定期回访。"
            + "经验：实验箱标准化、教师先行、线上答疑相结合，投入少、可持续，适合在中西部县域推广。");
    ProcessInstance nomination = engineAs.call("chemsoc",
        () -> engine.getFormService().submitStartForm(definition, proposal));
    Task review = engine.getTaskService().createTaskQuery().processInstanceId(nomination.getId()).singleResult();
    engineAs.call("organizer", () -> {
      engine.getFormService().submitTaskForm(review.getId(), Map.of(DECISION, ModelDecision.APPROVE.name(),
          CITATION, "科技志愿服务典型人物"));
      return null;
    });
  }
}
