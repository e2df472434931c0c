package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.project.EvaluationGrade;
import cn.org.cast.volunteer.project.ProjectService;
import cn.org.cast.volunteer.project.ProjectStatus;
import cn.org.cast.volunteer.project.ServiceProject;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamService;
import cn.org.cast.volunteer.team.TeamStatus;

/**
 * The rules of nominating models: an organisation nominates its own active teams and the people serving in
 * them, on grounds the shared records bear out (a closed, not failed service project the team took part in;
 * the team's selection in a campaign); CAST's organisers decide, never the nominator.
 */
@Service
class ModelService {

  /** A nomination on record, and what the review form shows of it. */
  public record Registration(long nominationId, String teamName, String hostName, String sources) {}

  /** The team a nomination names and the grounds that held. */
  private record Grounds(Team team, String sourceCampaign, String summary) {}

  private final ModelRepository models;
  private final TeamService teams;
  private final Organizations organizations;
  private final CampaignService campaigns;
  private final ProjectService projects;
  private final RecordGuard guard;

  ModelService(ModelRepository models, TeamService teams, Organizations organizations,
      CampaignService campaigns, ProjectService projects, RecordGuard guard) {
    this.models = models;
    this.teams = teams;
    this.organizations = organizations;
    this.campaigns = campaigns;
    this.projects = projects;
    this.guard = guard;
  }

  /** Records a nomination by a member of a registry organisation, for one of its own teams. */
  public Registration nominate(String nominator, Collection<String> nominatorGroups, ModelProposal proposal) {
    Organization organisation = organisationOf(nominatorGroups).orElseThrow(() -> refused(TEAM_CODE,
        "只有报送单位（全国学会、省级科协）的工作人员可以推荐先进典型"));
    Grounds grounds = grounds(organisation.code(), proposal, 0);
    long id = models.nominate(proposal, grounds.team().id(), organisation.code(), grounds.sourceCampaign(), nominator);
    return new Registration(id, grounds.team().name(), organisation.name(), grounds.summary());
  }

  /**
   * The corrected nomination of one sent back, by its organisation, in the nomination's own process (its
   * business key is the nomination's code), checked as the first time, for the same organisation.
   */
  public Registration revise(long nominationId, String businessKey, ModelProposal proposal) {
    Nomination nomination = bound(nominationId, businessKey);
    guard.requireGroup(Set.of(nomination.orgCode()), "只有推荐单位可以修改推荐 " + nomination.code() + "。");
    guard.requireState(nomination.status() == NominationStatus.RETURNED,
        "推荐 " + nomination.code() + " 当前状态为“" + nomination.status().label() + "”，不能修改。");
    Grounds grounds = grounds(nomination.orgCode(), proposal, nominationId);
    models.revise(nominationId, proposal, grounds.team().id(), grounds.sourceCampaign());
    return new Registration(nominationId, grounds.team().name(), nomination.orgName(), grounds.summary());
  }

  /**
   * CAST's organisers decide a nomination waiting for review, in its own process; nobody reviews their own
   * nomination (the nominator as our table holds it), nor one of their own organisation.
   */
  public void decide(long nominationId, String businessKey, ModelDecision decision, String reviewer, String comment,
      String citation) {
    if (reviewer == null) {
      throw refused(DECISION, "评审须由中国科协组织人事部的工作人员办理");
    }
    Nomination nomination = bound(nominationId, businessKey);
    guard.requireGroup(Set.of(Groups.ORGANIZERS), "推荐 " + nomination.code() + " 须由中国科协组织人事部的工作人员评审。");
    guard.refuseGroup(nomination.orgCode(), "不能评审本单位提交的推荐。");
    guard.requireState(nomination.status() == NominationStatus.NOMINATED,
        "推荐 " + nomination.code() + " 当前状态为“" + nomination.status().label() + "”，不能评审。");
    if (reviewer.equals(nomination.nominatedBy())) {
      throw refused(DECISION, "不能评审本人提交的推荐，请由其他工作人员评审");
    }
    NominationStatus status = switch (decision) {
      case APPROVE -> NominationStatus.PUBLISHED;
      case RETURN -> NominationStatus.RETURNED;
      case REJECT -> NominationStatus.REJECTED;
    };
    models.decide(nominationId, status, reviewer, comment, decision == ModelDecision.APPROVE ? citation : null);
  }

  /**
   * The organisations whose nominations the user may follow: every one for CAST's organisers (empty), the
   * user's own otherwise; none for anyone else.
   */
  public Optional<List<String>> followedOrganisations(Collection<String> userGroups) {
    if (userGroups.contains(Groups.ORGANIZERS)) {
      return Optional.of(List.of());
    }
    List<String> own = organizations.activeAmong(userGroups).stream().map(Organization::code).toList();
    return own.isEmpty() ? Optional.empty() : Optional.of(own);
  }

  /** The user's organisation, if they belong to exactly one (a group per organisation, its code as id). */
  public Optional<Organization> organisationOf(Collection<String> groups) {
    List<Organization> organisations = organizations.activeAmong(groups);
    return organisations.size() == 1 ? Optional.of(organisations.get(0)) : Optional.empty();
  }

  /** The projects each nomination rests on: one query for the ids, one for the projects. */
  public Map<Long, List<SourceProject>> sources(Collection<Long> nominationIds) {
    Map<Long, List<Long>> ids = models.sourceProjectIds(nominationIds);
    Map<Long, ServiceProject> byId = projects.findAll(ids.values().stream().flatMap(List::stream).distinct().toList())
        .stream().collect(Collectors.toMap(ServiceProject::id, Function.identity()));
    Map<Long, List<SourceProject>> sources = new LinkedHashMap<>();
    ids.forEach((nomination, projectIds) -> sources.put(nomination,
        projectIds.stream().map(id -> SourceProject.of(byId.get(id), true)).toList()));
    return sources;
  }

  /** The closed projects, not failed, each of the teams took part in: what a nomination may rest on. */
  public Map<Long, List<SourceProject>> closedProjectsOf(Collection<Long> teamIds) {
    Map<Long, List<SourceProject>> closed = new LinkedHashMap<>();
    projects.closedNotFailedOf(teamIds).forEach((team, found) -> closed.put(team,
        found.stream().map(project -> SourceProject.of(project, true)).toList()));
    return closed;
  }

  /**
   * The team must be the organisation's own and active; every project named must be closed, not failed,
   * and have had the team; a campaign counts when the team was selected in one. A team, or a person in it,
   * is nominated once at a time.
   */
  private Grounds grounds(String orgCode, ModelProposal proposal, long nominationId) {
    Team team = Optional.ofNullable(Team.idOf(proposal.teamCode())).flatMap(teams::find)
        .orElseThrow(() -> refused(TEAM_CODE, "没有编号为 " + proposal.teamCode() + " 的队伍"));
    if (!orgCode.equals(team.hostCode()) || team.status() != TeamStatus.ACTIVE) {
      throw refused(TEAM_CODE, "队伍 " + team.code() + " 不是本单位已启用的队伍，只能推荐本单位总队及其下属队伍");
    }
    models.openNomination(proposal.kind(), team.id(), proposal.personName(), nominationId).ifPresent(open -> {
      throw refused(TEAM_CODE, "已有一份推荐（" + Nomination.code(open) + "）正在评审或修改中，不能重复推荐");
    });
    List<FieldViolation> violations = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    for (long projectId : proposal.projectIds()) {
      String code = ModelProposal.projectCode(projectId);
      Optional<SourceProject> project = projects.find(projectId)
          .map(found -> SourceProject.of(found, projects.tookPart(projectId, team.id())));
      String problem = project.isEmpty() ? "没有编号为 " + code + " 的志愿服务项目"
          : project.get().status() != ProjectStatus.CLOSED ? "项目 " + code + " 尚未结项，结项评价后才能作为推荐依据"
          : project.get().grade() == EvaluationGrade.FAILED ? "项目 " + code + " 结项评价为不合格，不能作为推荐依据"
          : !project.get().teamTookPart() ? "队伍 " + team.code() + " 未参与项目 " + code + "，不能以该项目作为依据" : null;
      if (problem == null) {
        summary.add(code + " " + project.get().title() + "（结项评价：" + project.get().gradeLabel() + "）");
      } else {
        violations.add(new FieldViolation(SOURCE_PROJECTS, problem));
      }
    }
    String campaign = null;
    if (proposal.campaignSource()) {
      campaign = team.originCampaign();
      if (campaign == null) {
        violations.add(new FieldViolation(CAMPAIGN_SOURCE, "队伍 " + team.code() + " 不是在主题活动中入选的队伍，请以已结项的服务项目作为依据"));
      } else {
        summary.add("主题活动入选：" + campaigns.find(campaign).map(Campaign::name).orElse(campaign));
      }
    }
    if (!violations.isEmpty()) {
      throw new SubmissionRejectedException(violations);
    }
    return new Grounds(team, campaign, String.join("\n", summary));
  }

  /** The nomination as our table holds it, if it is the one this process works on. */
  private Nomination bound(long nominationId, String businessKey) {
    return guard.keyed(models.find(nominationId), Nomination.code(nominationId), businessKey, "推荐");
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
