package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.PARENT_TEAM;
import static cn.org.cast.volunteer.team.TeamProcess.TEAM_DECISION;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRepository;
import cn.org.cast.volunteer.security.Groups;

/**
 * The rules of the hierarchy: where a new team may stand, who approves it (the level above), and who
 * may see a team's people (its own organisation and the levels above).
 */
@Service
public class TeamService {

  /** A recorded application: the team, who approves it, and where it will stand. */
  public record Registration(long teamId, String approverGroup, String parentName, String hostName) {}

  private final TeamRepository teams;
  private final OrganizationRepository organizations;

  public TeamService(TeamRepository teams, OrganizationRepository organizations) {
    this.teams = teams;
    this.organizations = organizations;
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

  /** The corrected application; where the team stands decided who approves it, so that stays. */
  public void revise(long teamId, TeamApplication application) {
    Team team = teams.find(teamId).orElseThrow();
    Long parentGiven = application.parentCode() == null ? null : Team.idOf(application.parentCode());
    Long parentExpected = team.rank() == TeamRank.ORGANIZATION_CORPS ? null : team.parentId();
    if (!Objects.equals(parentGiven, parentExpected)) {
      throw refused(PARENT_TEAM, "修改申请时不能更换上级队伍；如需更换，请重新申请");
    }
    teams.revise(teamId, application);
  }

  /** The level above decides; nobody approves their own application. */
  public void decide(long teamId, TeamDecision decision, String approver, String applicant, String comment) {
    if (approver == null) {
      throw refused(TEAM_DECISION, "审批须由上一级的工作人员办理");
    }
    if (approver.equals(applicant)) {
      throw refused(TEAM_DECISION, "不能审批本人提交的申请，请由本单位其他负责人审批");
    }
    TeamStatus status = switch (decision) {
      case APPROVE -> TeamStatus.ACTIVE;
      case RETURN -> TeamStatus.RETURNED;
      case REJECT -> TeamStatus.REJECTED;
    };
    teams.decide(teamId, status, approver, comment);
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
    List<Organization> organisations = organizations.findActiveByCodes(groups);
    return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
