package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.CENTRE_CODE;
import static cn.org.cast.volunteer.platform.PairingProcess.DECISION;
import static cn.org.cast.volunteer.platform.PairingProcess.PARTY;
import static cn.org.cast.volunteer.platform.PairingProcess.TEAM_CODE;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamService;
import cn.org.cast.volunteer.team.TeamStatus;

/**
 * The rules of pairing: which centre and which party (the organisation or one of its active teams), no
 * second pairing of the same party with the same centre, and who approves (the provincial association of
 * the centre's province; CAST's organisers when that association is the one asking).
 */
@Service
class PairingService {

  /** A recorded request: who approves, and what the approval form shows. */
  public record Registration(long pairingId, String approverGroup, String centreName, String centrePlace,
      String requesterName, String partyName) {}

  /** The centre and team a request names, checked. */
  private record Parties(Organization organisation, Centre centre, Team team, String approverGroup) {}

  private final PairingRepository pairings;
  private final CentreRepository centres;
  private final TeamService teams;
  private final Organizations organizations;
  private final RecordGuard guard;

  PairingService(PairingRepository pairings, CentreRepository centres, TeamService teams,
      Organizations organizations, RecordGuard guard) {
    this.pairings = pairings;
    this.centres = centres;
    this.teams = teams;
    this.organizations = organizations;
    this.guard = guard;
  }

  /** Records a request by a member of a registry organisation, waiting for the approver. */
  public Registration register(String requester, Collection<String> requesterGroups, PairingRequest request) {
    List<Organization> own = organizations.activeAmong(requesterGroups);
    if (own.size() != 1) {
      throw refused(PARTY, "只有报送单位（全国学会、省级科协）的工作人员可以申请结对");
    }
    Parties parties = check(own.get(0), request, 0);
    long id = pairings.request(parties.centre().id(), parties.organisation().code(), teamId(parties), request,
        parties.approverGroup(), requester);
    return registration(id, parties);
  }

  /**
   * The corrected request of a pairing sent back, by its organisation, in the pairing's own process; the
   * organisation stays, centre and team may change, and with them the approver.
   */
  public Registration revise(long pairingId, String businessKey, PairingRequest request) {
    Pairing pairing = bound(pairingId, businessKey);
    guard.requireGroup(Set.of(pairing.orgCode()), "只有申请单位可以修改结对申请 " + pairing.code() + "。");
    guard.requireState(pairing.status() == PairingStatus.RETURNED,
        "结对申请 " + pairing.code() + " 当前状态为“" + pairing.status().label() + "”，不能修改。");
    Parties parties = check(organizations.find(pairing.orgCode()).orElseThrow(), request, pairingId);
    pairings.revise(pairingId, parties.centre().id(), teamId(parties), request, parties.approverGroup());
    return registration(pairingId, parties);
  }

  /**
   * The approver on record decides a request waiting for it, in the pairing's own process; nobody approves
   * their own request (the requester as our table holds it), and an approval never makes a second pairing.
   */
  public void decide(long pairingId, String businessKey, PairingDecision decision, String approver, String comment) {
    if (approver == null) {
      throw refused(DECISION, "审批须由阵地所在省级科协或中国科协组织人事部的工作人员办理");
    }
    Pairing pairing = bound(pairingId, businessKey);
    guard.requireGroup(Set.of(pairing.approverGroup()), "结对申请 " + pairing.code() + " 须由阵地所在省级科协或中国科协组织人事部审批。");
    guard.requireState(pairing.status() == PairingStatus.REQUESTED,
        "结对申请 " + pairing.code() + " 当前状态为“" + pairing.status().label() + "”，不能审批。");
    if (approver.equals(pairing.requestedBy())) {
      throw refused(DECISION, "不能审批本人提交的结对申请");
    }
    if (decision == PairingDecision.APPROVE) {
      pairings.sameParty(pairing.centreId(), pairing.orgCode(), pairing.teamId(), pairingId)
          .filter(other -> other.status() == PairingStatus.ACTIVE)
          .ifPresent(other -> {
            throw refused(DECISION, pairing.partyName() + " 已与该阵地结对（" + other.code() + "），不能重复结对");
          });
    }
    PairingStatus status = switch (decision) {
      case APPROVE -> PairingStatus.ACTIVE;
      case RETURN -> PairingStatus.RETURNED;
      case REJECT -> PairingStatus.REJECTED;
    };
    pairings.decide(pairingId, status, approver, comment);
  }

  /** The pairing as our table holds it, if it is the one this process works on. */
  private Pairing bound(long pairingId, String businessKey) {
    return guard.keyed(pairings.find(pairingId), Pairing.code(pairingId), businessKey, "结对申请");
  }

  private Parties check(Organization organisation, PairingRequest request, long pairingId) {
    Centre centre = Optional.ofNullable(Centre.idOf(request.centreCode())).flatMap(centres::find)
        .orElseThrow(() -> refused(CENTRE_CODE, "没有编号为 " + request.centreCode() + " 的基层服务阵地，请在阵地名录中查找"));
    boolean provincial = organisation.type() == OrganizationType.PROVINCIAL_ASSOCIATION;
    if (provincial && !organisation.region().equals(centre.province())) {
      throw refused(CENTRE_CODE, "省级科协只能与本省（区、市）的基层服务阵地结对；" + centre.code() + " 位于" + centre.province());
    }
    Team team = null;
    if (request.party() == PairingParty.TEAM) {
      team = Optional.ofNullable(Team.idOf(request.teamCode())).flatMap(teams::find)
          .orElseThrow(() -> refused(TEAM_CODE, "没有编号为 " + request.teamCode() + " 的队伍"));
      if (!organisation.code().equals(team.hostCode()) || team.status() != TeamStatus.ACTIVE) {
        throw refused(TEAM_CODE, "服务队 " + team.code() + " 不是本单位已启用的队伍");
      }
    }
    Long teamId = team == null ? null : team.id();
    String party = team == null ? organisation.name() : organisation.name() + " " + team.name();
    pairings.sameParty(centre.id(), organisation.code(), teamId, pairingId).ifPresent(other -> {
      throw refused(CENTRE_CODE, other.status() == PairingStatus.ACTIVE
          ? party + " 已与 " + centre.code() + " " + centre.name() + " 结对（" + other.code() + "），不能重复结对"
          : party + " 与该阵地的结对申请 " + other.code() + " 尚在办理中，请勿重复申请");
    });
    return new Parties(organisation, centre, team, approverOf(centre, organisation));
  }

  /** The provincial association of the centre's province, unless it is the one asking: then CAST's organisers. */
  private String approverOf(Centre centre, Organization requester) {
    return organizations.activeOfType(OrganizationType.PROVINCIAL_ASSOCIATION).stream()
        .filter(org -> org.region().equals(centre.province()))
        .map(Organization::code).filter(code -> !code.equals(requester.code())).findFirst().orElse(Groups.ORGANIZERS);
  }

  private static Long teamId(Parties parties) {
    return parties.team() == null ? null : parties.team().id();
  }

  private static Registration registration(long id, Parties parties) {
    Centre centre = parties.centre();
    String party = parties.team() == null ? parties.organisation().name()
        : parties.team().name() + "（" + parties.team().code() + "）";
    return new Registration(id, parties.approverGroup(), centre.name() + "（" + centre.code() + "）",
        centre.province() + " " + centre.countyName() + " · " + centre.kind().label(), parties.organisation().name(),
        party);
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
