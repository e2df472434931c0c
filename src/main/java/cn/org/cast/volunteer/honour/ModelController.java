package cn.org.cast.volunteer.honour;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import cn.org.cast.volunteer.VolunteerApplication;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.security.GroupMembership;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamService;
import cn.org.cast.volunteer.team.TeamStatus;

/**
 * The published list of advanced teams and typical people, for everyone without signing in (nobody's contact
 * data, nor who nominated); every nomination with its state for CAST's organisers, an organisation's own for
 * its staff; and the teams an organisation may nominate, with the grounds on record.
 */
@RestController
class ModelController {

  /** A published entry, as the public list shows it. */
  public record PublishedModel(String code, String kind, String kindLabel, String title, String team,
      String organisation, String personName, String personRole, String deeds, String caseTitle, String caseText,
      List<SourceProject.Shown> projects, String campaign, OffsetDateTime publishedAt) {}

  /** A nomination as the staff list shows it. */
  public record NominationEntry(String code, String kind, String status, String teamCode, String team,
      String organisation, String personName, String personRole, List<String> projects, String campaign,
      String nominatedBy, OffsetDateTime nominatedAt, String decidedBy, OffsetDateTime decidedAt,
      String decisionComment, String title, OffsetDateTime publishedAt) {}

  /** One of the organisation's active teams, with what a nomination of it may rest on. */
  public record TeamGrounds(String code, String name, String rank, String campaign, List<SourceProject.Shown> projects) {}

  private final ModelRepository models;
  private final ModelService service;
  private final TeamService teams;

  ModelController(ModelRepository models, ModelService service, TeamService teams) {
    this.models = models;
    this.service = service;
    this.teams = teams;
  }

  @GetMapping("/api/public/models")
  public List<PublishedModel> published(@RequestParam(required = false) ModelKind kind,
      @RequestParam(required = false) Integer year) {
    if (year != null && (year < 2000 || year > 2100)) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "年份应在 2000 至 2100 之间。");
    }
    // A year as Beijing counts it, from its first midnight to the next year's.
    OffsetDateTime from = year == null ? null : yearStart(year);
    List<Nomination> published = models.published(kind, from, year == null ? null : yearStart(year + 1));
    Map<Long, List<SourceProject>> sources = service.sources(published.stream().map(Nomination::id).toList());
    return published.stream().map(m -> new PublishedModel(m.code(), m.kind().name(), m.kind().label(), m.title(),
        m.teamName(), m.orgName(), m.personName(), m.personRole(), m.deeds(), m.caseTitle(), m.caseText(),
        sources.getOrDefault(m.id(), List.of()).stream().map(SourceProject::shown).toList(), m.campaignName(),
        m.publishedAt())).toList();
  }

  @GetMapping("/api/models/nominations")
  public List<NominationEntry> nominations(Authentication user) {
    List<String> organisations = service.followedOrganisations(GroupMembership.groupIds(user))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "先进典型推荐仅对中国科协组织人事部和报送单位开放。"));
    List<Nomination> all = models.all(organisations.isEmpty() ? null : organisations);
    Map<Long, List<SourceProject>> sources = service.sources(all.stream().map(Nomination::id).toList());
    return all.stream().map(m -> new NominationEntry(m.code(), m.kind().label(), m.status().label(), Team.code(m.teamId()),
        m.teamName(), m.orgName(), m.personName(), m.personRole(),
        sources.getOrDefault(m.id(), List.of()).stream().map(SourceProject::code).toList(), m.campaignName(),
        m.nominatedBy(), m.nominatedAt(), m.decidedBy(), m.decidedAt(), m.decisionComment(),
        m.status() == NominationStatus.PUBLISHED ? m.title() : null, m.publishedAt())).toList();
  }

  @GetMapping("/api/models/candidates")
  public List<TeamGrounds> candidates(Authentication user) {
    Organization organisation = service.organisationOf(GroupMembership.groupIds(user))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN, "只有报送单位的工作人员可以推荐先进典型。"));
    List<Team> own = teams.all().stream()
        .filter(team -> organisation.code().equals(team.hostCode()) && team.status() == TeamStatus.ACTIVE).toList();
    Map<Long, List<SourceProject>> projects = service.closedProjectsOf(own.stream().map(Team::id).toList());
    return own.stream().map(team -> new TeamGrounds(team.code(), team.name(), team.rank().label(), team.originCampaign(),
        projects.getOrDefault(team.id(), List.of()).stream().map(SourceProject::shown).toList())).toList();
  }

  private static OffsetDateTime yearStart(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(VolunteerApplication.BEIJING).toOffsetDateTime();
  }
}
