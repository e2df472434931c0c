package cn.org.cast.volunteer.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import cn.org.cast.volunteer.team.ServiceField;

/** Service projects, their indicators, teams and reports. */
@Repository
class ProjectRepository {

  private final JdbcClient jdbc;
  private final Clock clock;

  ProjectRepository(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public long insert(ProjectPlan plan, String ownerCode, String createdBy) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO service_project (title, owner_code, service_kind, goals, starts_on, ends_on, report_every_days,
                                         status, created_by, created_at)
            VALUES (:title, :owner, :kind, :goals, :starts, :ends, :every, 'RECRUITING', :by, :now)""")
        .param("title", plan.title()).param("owner", ownerCode).param("kind", plan.kind().name())
        .param("goals", plan.goals()).param("starts", plan.startsOn()).param("ends", plan.endsOn())
        .param("every", plan.reportEveryDays()).param("by", createdBy).param("now", OffsetDateTime.now(clock))
        .update(key, "id");
    long id = key.getKey().longValue();
    replaceIndicators(id, plan.indicators());
    return id;
  }

  public void revise(long id, ProjectPlan plan) {
    jdbc.sql("""
            UPDATE service_project SET title = :title, service_kind = :kind, goals = :goals, starts_on = :starts,
                   ends_on = :ends, report_every_days = :every, status = 'RECRUITING' WHERE id = :id""")
        .param("title", plan.title()).param("kind", plan.kind().name()).param("goals", plan.goals())
        .param("starts", plan.startsOn()).param("ends", plan.endsOn()).param("every", plan.reportEveryDays())
        .param("id", id).update();
    replaceIndicators(id, plan.indicators());
  }

  public boolean exists(String ownerCode, String title) {
    return jdbc.sql("SELECT COUNT(*) FROM service_project WHERE owner_code = :org AND title = :title")
        .param("org", ownerCode).param("title", title).query(Long.class).single() > 0;
  }

  public Optional<ServiceProject> find(long id) {
    return jdbc.sql("SELECT * FROM service_project WHERE id = :id").param("id", id)
        .query(ProjectRepository::project).optional();
  }

  /** The projects with those ids, by id. */
  public List<ServiceProject> findAll(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("SELECT * FROM service_project WHERE id IN (:ids) ORDER BY id").param("ids", ids)
        .query(ProjectRepository::project).list();
  }

  /** The closed projects, not failed, each of the teams took part in, by project id. */
  public Map<Long, List<ServiceProject>> closedNotFailedOf(Collection<Long> teamIds) {
    Map<Long, List<ServiceProject>> byTeam = new LinkedHashMap<>();
    if (teamIds.isEmpty()) {
      return byTeam;
    }
    jdbc.sql("""
            SELECT pt.team_id, p.* FROM service_project p JOIN project_team pt ON pt.project_id = p.id
             WHERE pt.team_id IN (:teams) AND p.status = :closed AND p.evaluation_grade <> :failed ORDER BY p.id""")
        .param("teams", teamIds).param("closed", ProjectStatus.CLOSED.name())
        .param("failed", EvaluationGrade.FAILED.name())
        .query((rs, row) -> Map.entry(rs.getLong("team_id"), project(rs, row))).list()
        .forEach(entry -> byTeam.computeIfAbsent(entry.getKey(), team -> new ArrayList<>()).add(entry.getValue()));
    return byTeam;
  }

  /** Who set the project up. */
  public Optional<String> createdBy(long id) {
    return jdbc.sql("SELECT created_by FROM service_project WHERE id = :id").param("id", id).query(String.class)
        .optional();
  }

  public void setStatus(long id, ProjectStatus status) {
    jdbc.sql("UPDATE service_project SET status = :status WHERE id = :id").param("status", status.name())
        .param("id", id).update();
  }

  public void approve(long id, String approver) {
    jdbc.sql("UPDATE service_project SET status = 'RUNNING', approved_by = :by, approved_at = :now WHERE id = :id")
        .param("by", approver).param("now", OffsetDateTime.now(clock)).param("id", id).update();
  }

  public void close(long id, EvaluationGrade grade, String summary, String evaluator, List<BigDecimal> achieved) {
    jdbc.sql("""
            UPDATE service_project SET status = 'CLOSED', evaluation_grade = :grade, evaluation_summary = :summary,
                   evaluated_by = :by, closed_at = :now WHERE id = :id""")
        .param("grade", grade.name()).param("summary", summary).param("by", evaluator)
        .param("now", OffsetDateTime.now(clock)).param("id", id).update();
    for (int i = 0; i < achieved.size(); i++) {
      jdbc.sql("UPDATE project_indicator SET achieved = :achieved WHERE project_id = :id AND position = :position")
          .param("achieved", achieved.get(i)).param("id", id).param("position", i + 1).update();
    }
  }

  public List<Indicator> indicators(long id) {
    return jdbc.sql("SELECT * FROM project_indicator WHERE project_id = :id ORDER BY position").param("id", id)
        .query((rs, row) -> new Indicator(rs.getInt("position"), rs.getString("name"), rs.getString("unit"),
            rs.getBigDecimal("target"), rs.getBigDecimal("achieved")))
        .list();
  }

  private void replaceIndicators(long id, List<Indicator> indicators) {
    jdbc.sql("DELETE FROM project_indicator WHERE project_id = :id").param("id", id).update();
    for (Indicator indicator : indicators) {
      jdbc.sql("""
              INSERT INTO project_indicator (project_id, position, name, unit, target)
              VALUES (:id, :position, :name, :unit, :target)""")
          .param("id", id).param("position", indicator.position()).param("name", indicator.name())
          .param("unit", indicator.unit()).param("target", indicator.target()).update();
    }
  }

  public void replaceTeams(long projectId, List<Recruit> recruits) {
    jdbc.sql("DELETE FROM project_team WHERE project_id = :id").param("id", projectId).update();
    for (Recruit recruit : recruits) {
      jdbc.sql("INSERT INTO project_team (project_id, team_id, volunteers) VALUES (:id, :team, :volunteers)")
          .param("id", projectId).param("team", recruit.teamId()).param("volunteers", recruit.volunteers()).update();
    }
  }

  public List<Recruit> teamsOf(long projectId) {
    return jdbc.sql("SELECT team_id, volunteers FROM project_team WHERE project_id = :id ORDER BY team_id")
        .param("id", projectId).query((rs, row) -> new Recruit(rs.getLong("team_id"), rs.getInt("volunteers"))).list();
  }

  public void scheduleReport(long projectId, int number, OffsetDateTime due) {
    jdbc.sql("""
            INSERT INTO project_report (project_id, number, due_at)
            SELECT :id, :number, :due WHERE NOT EXISTS
                   (SELECT 1 FROM project_report WHERE project_id = :id AND number = :number)""")
        .param("id", projectId).param("number", number).param("due", due).update();
  }

  public void recordReport(long projectId, int number, String user, String progress) {
    jdbc.sql("""
            UPDATE project_report SET submitted_at = :now, submitted_by = :user, progress = :progress
             WHERE project_id = :id AND number = :number""")
        .param("now", OffsetDateTime.now(clock)).param("user", user).param("progress", progress)
        .param("id", projectId).param("number", number).update();
  }

  /** Reports on record: number → submitted (true) or still open (false). */
  public Map<Integer, Boolean> reports(long projectId) {
    Map<Integer, Boolean> reports = new java.util.TreeMap<>();
    jdbc.sql("SELECT number, submitted_at FROM project_report WHERE project_id = :id").param("id", projectId)
        .query(rs -> {
          reports.put(rs.getInt("number"), rs.getTimestamp("submitted_at") != null);
        });
    return reports;
  }

  private static ServiceProject project(ResultSet rs, int row) throws SQLException {
    String grade = rs.getString("evaluation_grade");
    return new ServiceProject(rs.getLong("id"), rs.getString("title"), rs.getString("owner_code"),
        ServiceField.valueOf(rs.getString("service_kind")), rs.getString("goals"),
        rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
        rs.getInt("report_every_days"), ProjectStatus.valueOf(rs.getString("status")),
        grade == null ? null : EvaluationGrade.valueOf(grade), rs.getString("evaluation_summary"));
  }
}
