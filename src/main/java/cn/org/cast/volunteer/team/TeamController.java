package cn.org.cast.volunteer.team;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.security.GroupMembership;

/**
 * The directory of volunteer teams for everyone signed in (no one's personal data), and a team's people
 * for its own organisation and the levels above.
 */
@RestController
class TeamController {

  /** A team as the directory lists it. */
  public record TeamEntry(String code, String name, String rank, String parentCode, String organisation, String status,
      String serviceField, String leader, String originCampaign, OffsetDateTime joinedAt) {

    static TeamEntry of(Team team) {
      return new TeamEntry(team.code(), team.name(), team.rank().label(),
          team.parentId() == null ? null : Team.code(team.parentId()), team.hostName(), team.status().label(),
          team.serviceField() == null ? null : team.serviceField().label(), team.leaderName(), team.originCampaign(),
          team.joinedAt());
    }
  }

  private final TeamRepository teams;
  private final TeamService service;

  TeamController(TeamRepository teams, TeamService service) {
    this.teams = teams;
    this.service = service;
  }

  @GetMapping("/api/teams")
  public List<TeamEntry> directory() {
    return teams.all().stream().map(TeamEntry::of).toList();
  }

  @GetMapping("/api/teams/{code}/members")
  public List<TeamMember> members(@PathVariable String code, Authentication user) {
    Team team = Optional.ofNullable(Team.idOf(code)).flatMap(teams::find)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有编号为 " + code + " 的队伍。"));
    if (!service.mayReadMembers(GroupMembership.groupIds(user), team)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "队员的个人信息仅对本单位和上级组织可见。");
    }
    return service.members(team);
  }
}
