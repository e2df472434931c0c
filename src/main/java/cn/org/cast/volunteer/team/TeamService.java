package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.PARENT_TEAM;
import static cn.org.cast.volunteer.team.TeamProcess.TEAM_DECISION;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;

/**
 * The rules of the hierarchy: where a new team may stand, who approves it (the level above), and who
 * may see a team's people (its own organisation and the levels above).
 */
@Service
public class TeamService {

  /** A recorded application: the team, who approves it, and where it will stand. */
  public record Registration(long teamId, String approverGroup, String parentName, String hostName) {}

  private final TeamRepository teams;
  private final Organizations organizations;
  private final RecordGuard guard;

  public TeamService(TeamRepository teams, Organizations organizations, RecordGuard guard) {
    this.teams = teams;
    this.organizations = organizations;
    this.guard = guard;
  }

  /**
   * Records an application by a member of an organisation: its own corps (no team above given) under
   * the national corps, approved by CAST's organisers; or a team under one of the organisation's
   * active teams, approved by the organisation.
   */
  public Registration register(String applicant, Collection<String> applicantGroups, TeamApplication application) {
    Organization organisation = organisationOf(applicantGroups).orElseThrow(() -> refused(PARENT_TEAM,
        "只有报送单位（全国学会、省级科协）的工作人员可以申请组建科技志愿服务队"));
    if (application.parentCode() == null) {
      teams.corpsOf(organisation.code()).ifPresent(corps -> {
        throw refused(PARENT_TEAM, "本单位已有总队（" + corps.code() + " " + corps.name() + "），组建下属服务队时请填写上级队伍编号");
      });
      Team root = teams.nationalCorps();
      long id = teams.apply(application, TeamRank.ORGANIZATION_CORPS, root.id(), organisation.code(), applicant);
      return new Registration(id, Groups.ORGANIZERS, root.name(), organisation.name());
    }
    Team parent = Optional.ofNullable(Team.idOf(application.parentCode())).flatMap(teams::find)
        .orElseThrow(() -> refused(PARENT_TEAM, "没有编号为 " + application.parentCode() + " 的队伍"));
    if (!organisation.code().equals(parent.hostCode()) || parent.status() != TeamStatus.ACTIVE) {
      throw refused(PARENT_TEAM, "上级队伍 " + parent.code() + " 不是本单位已启用的队伍");
    }
    long id = teams.apply(application, TeamRank.TEAM, parent.id(), organisation.code(), applicant);
    return new Registration(id, organisation.code(), parent.name(), organisation.name());
  }

  /**
   * The corrected application, by its organisation, of a team sent back, in the team's own process (its
   * business key is the team's code); where the team stands decided who approves it, so that stays.
   */
  public void revise(long teamId, String businessKey, TeamApplication application) {
    Team team = bound(teamId, businessKey);
    guard.requireGroup(Set.of(Objects.toString(team.hostCode(), Groups.ORGANIZERS)),
        "只有申请单位可以修改队伍 " + team.code() + " 的组建申请。");
    guard.requireState(team.status() == TeamStatus.RETURNED,
        "队伍 " + team.code() + " 当前状态为“" + team.status().label() + "”，不能修改申请。");
    Long parentGiven = application.parentCode() == null ? null : Team.idOf(application.parentCode());
    Long parentExpected = team.rank() == TeamRank.ORGANIZATION_CORPS ? null : team.parentId();
    if (!Objects.equals(parentGiven, parentExpected)) {
      throw refused(PARENT_TEAM, "修改申请时不能更换上级队伍；如需更换，请重新申请");
    }
    teams.revise(teamId, application);
  }

  /**
   * The level above decides, on an application waiting for it, in the team's own process; nobody approves
   * their own application (the applicant as our table holds it).
   */
  public void decide(long teamId, String businessKey, TeamDecision decision, String approver, String comment) {
    if (approver == null) {
      throw refused(TEAM_DECISION, "审批须由上一级的工作人员办理");
    }
    Team team = bound(teamId, businessKey);
    guard.requireGroup(Set.of(approverGroup(team)), "队伍 " + team.code() + " 的组建申请须由上一级单位的工作人员审批。");
    guard.requireState(team.status() == TeamStatus.APPLYING,
        "队伍 " + team.code() + " 当前状态为“" + team.status().label() + "”，不能审批。");
    if (approver.equals(teams.applicant(teamId).orElse(null))) {
      throw refused(TEAM_DECISION, "不能审批本人提交的申请，请由本单位其他负责人审批");
    }
    TeamStatus status = switch (decision) {
      case APPROVE -> TeamStatus.ACTIVE;
      case RETURN -> TeamStatus.RETURNED;
      case REJECT -> TeamStatus.REJECTED;
    };
    teams.decide(teamId, status, approver, comment);
  }

  /** Who approves the team: CAST's organisers an organisation's corps, the organisation a team under it. */
  static String approverGroup(Team team) {
    return team.rank() == TeamRank.TEAM && team.hostCode() != null ? team.hostCode() : Groups.ORGANIZERS;
  }

  /** The team as our table holds it, if it is the one this process works on. */
  private Team bound(long teamId, String businessKey) {
    return guard.keyed(teams.find(teamId), Team.code(teamId), businessKey, "队伍");
  }

  public Optional<Team> find(long teamId) {
    return teams.find(teamId);
  }

  /** The whole directory, corps before their teams. */
  public List<Team> all() {
    return teams.all();
  }

  public Team nationalCorps() {
    return teams.nationalCorps();
  }

  /** The organisation's own corps, if it has one. */
  public Optional<Team> corpsOf(String orgCode) {
    return teams.corpsOf(orgCode);
  }

  /** A team entered as already approved, standing for a registration that went through elsewhere (demo data). */
  public Team enterActive(TeamApplication application, TeamRank rank, Team parent, String hostCode, String applicant,
      String approver) {
    long id = teams.apply(application, rank, parent.id(), hostCode, applicant);
    teams.decide(id, TeamStatus.ACTIVE, approver, null);
    return teams.find(id).orElseThrow();
  }

  /** Active teams whose field is the given one, the biggest first. */
  public List<TeamLine> activeOfField(ServiceField field) {
    return teams.teamsOfField(field);
  }

  /** The team with its size, as a project recruits from it. */
  public Optional<TeamLine> line(long teamId) {
    return teams.line(teamId);
  }

  /** Hands a team a campaign selected on to the standing work, once, under its organisation's corps. */
  public void joinFromCampaign(String campaignId, String candidateId, String name, String hostCode) {
    teams.joinFromCampaign(campaignId, candidateId, name, hostCode);
  }

  /** How many teams a campaign handed on to the standing work. */
  public long standingTeams(String campaignId) {
    return teams.standingTeams(campaignId);
  }

  /** CAST's organisers see every team's people; anyone else those of teams their organisation stands above or is. */
  public boolean mayReadMembers(Collection<String> userGroups, Team team) {
    if (userGroups.contains(Groups.ORGANIZERS)) {
      return true;
    }
    for (Team level = team; level != null; level = level.parentId() == null ? null : teams.find(level.parentId()).orElse(null)) {
      if (level.hostCode() != null && userGroups.contains(level.hostCode())) {
        return true;
      }
    }
    return false;
  }

  public List<TeamMember> members(Team team) {
    return teams.members(team.id());
  }

  /** The one registry organisation among the user's groups (a group per organisation, its code as id). */
  private Optional<Organization> organisationOf(Collection<String> groups) {
    List<Organization> organisations = organizations.activeAmong(groups);
    return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
