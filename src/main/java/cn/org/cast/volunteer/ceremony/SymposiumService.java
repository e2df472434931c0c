package cn.org.cast.volunteer.ceremony;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.VenueProposal;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;
import cn.org.cast.volunteer.selection.Pool;
import cn.org.cast.volunteer.selection.SelectionEntry;
import cn.org.cast.volunteer.selection.SelectionService;
import cn.org.cast.volunteer.selection.SelectionStatus;
import cn.org.cast.volunteer.team.TeamService;
import cn.org.cast.volunteer.venue.ProgrammeMode;
import cn.org.cast.volunteer.venue.SubVenue;
import cn.org.cast.volunteer.venue.VenueService;

/**
 * The symposium around the published selection: who receives a flag and from whom, the running
 * order, and the campaign's close. Changes made from a task check the signed-in user against the record's
 * organisation or the role of the step, as our tables have them, not as the task's variables say.
 */
@Service
public class SymposiumService {

  /** What preparing the symposium produced: one confirmation per recipient, one linkup per venue. */
  public record Prepared(List<String> recipientKeys, List<String> venueCodes) {}

  /** One line of 登记活动成效 for a venue, and one exception for a flag. */
  public record VenueOutcome(String venueCode, boolean held, String mediaLink) {}

  public record FlagOutcome(String recipientKey, FlagException exception) {}

  private final SelectionService selection;
  private final CeremonyRepository ceremony;
  private final PlanService plans;
  private final VenueService venues;
  private final CampaignService campaigns;
  private final Organizations organizations;
  private final TeamService teams;
  private final RecordGuard guard;

  public SymposiumService(SelectionService selection, CeremonyRepository ceremony, PlanService plans,
      VenueService venues, CampaignService campaigns, Organizations organizations, TeamService teams,
      RecordGuard guard) {
    this.selection = selection;
    this.guard = guard;
    this.teams = teams;
    this.ceremony = ceremony;
    this.plans = plans;
    this.venues = venues;
    this.campaigns = campaigns;
    this.organizations = organizations;
  }

  /** The selected societies and teams become flag recipients, the selected venues sub-venues V01, V02, … by rank. */
  public Prepared prepare(String campaignId) {
    for (Pool pool : List.of(Pool.SOCIETY, Pool.TEAM)) {
      for (SelectionEntry entry : selected(campaignId, pool)) {
        ceremony.addRecipient(campaignId, pool, entry.candidateId(), entry.name(), entry.hostCode(), entry.region(),
            entry.rank());
      }
    }
    List<SelectionEntry> selectedVenues = selected(campaignId, Pool.VENUE);
    for (int i = 0; i < selectedVenues.size(); i++) {
      SelectionEntry entry = selectedVenues.get(i);
      Optional<VenueProposal> proposal = plans.venueProposal(entry.candidateId());
      venues.addSelected(campaignId, "V%02d".formatted(i + 1), entry.candidateId(), entry.name(), entry.hostCode(),
          entry.region(), proposal.map(VenueProposal::kind).orElse(entry.activityKind()),
          proposal.map(VenueProposal::address).orElse(null),
          proposal.map(VenueProposal::organizer).orElse(null));
    }
    return new Prepared(ceremony.recipients(campaignId).stream().map(FlagRecipient::key).toList(),
        venues.all(campaignId).stream().map(SubVenue::code).toList());
  }

  public FlagRecipient recipient(String campaignId, String key) {
    int colon = key.indexOf(':');
    return ceremony.recipient(campaignId, Pool.valueOf(key.substring(0, colon)), key.substring(colon + 1))
        .orElseThrow(() -> new IllegalStateException("no flag recipient " + key + " in campaign " + campaignId));
  }

  /** Only the recipient's own organisation, as our table has it, confirms its representative. */
  public void confirm(String campaignId, String key, boolean attending, String name, String title, String mobile,
      String by) {
    FlagRecipient recipient = recipient(campaignId, key);
    guard.requireOwner(recipient.hostCode(), "只有“" + recipient.name() + "”的所属单位可以确认其受旗代表。");
    ceremony.confirm(campaignId, recipient.pool(), recipient.candidateId(), attending, attending ? name : null,
        attending ? title : null, attending ? mobile : null, by);
  }

  /** The recipients without a confirmed representative, grouped by the organisation that must confirm. */
  public Map<Organization, List<FlagRecipient>> unconfirmedByHost(String campaignId) {
    Map<String, Organization> hosts = organizations.active().stream()
        .collect(Collectors.toMap(Organization::code, Function.identity()));
    return ceremony.recipients(campaignId).stream().filter(r -> !r.confirmed())
        .collect(Collectors.groupingBy(r -> hosts.get(r.hostCode()), LinkedHashMap::new, Collectors.toList()));
  }

  public void markEscalated(String campaignId, FlagRecipient recipient) {
    ceremony.markEscalated(campaignId, recipient.pool(), recipient.candidateId());
  }

  /** Builds and stores the running order; returns it in one Chinese line per item for the task. */
  public String arrange(String campaignId, RunningOrderBuilder.Settings settings) {
    guard.requireOwner(Groups.CEREMONY, "只有仪式筹备组可以编排座谈会议程。");
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    List<RunningOrderBuilder.VenueSlot> slots = venues.all(campaignId).stream()
        .map(v -> new RunningOrderBuilder.VenueSlot(v.code(), v.name(), v.region(), v.programmeMode() == ProgrammeMode.LIVE))
        .toList();
    List<String> regionOrder = new ArrayList<>(List.of(OrganizationRegistry.NATIONAL_REGION));
    regionOrder.addAll(OrganizationRegistry.provincialRegions());
    RunningOrderBuilder.Built built = RunningOrderBuilder.build(campaign.name(), settings,
        ceremony.recipients(campaignId), regionOrder, slots);
    ceremony.replaceRunningOrder(campaignId, built.items(), built.slots());
    return built.items().stream()
        .map(i -> i.startsAt() + " " + i.kind().label() + "：" + i.title() + (i.presenter() == null ? "" : "（" + i.presenter() + "）"))
        .collect(Collectors.joining("\n"));
  }

  /** The running order with the confirmed representatives filled in. */
  public RunningOrder runningOrder(String campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    Map<String, String> hostNames = organizations.namesByCode();
    Map<Integer, List<FlagRecipient>> batches = ceremony.recipients(campaignId).stream()
        .filter(r -> r.flagBatch() != null)
        .sorted(Comparator.comparing(FlagRecipient::flagOrder))
        .collect(Collectors.groupingBy(FlagRecipient::flagBatch));
    Map<String, String> venueNames = venues.all(campaignId).stream().collect(Collectors.toMap(SubVenue::code, SubVenue::name));
    List<CeremonyRepository.StoredItem> stored = ceremony.runningOrder(campaignId);
    String host = stored.stream().filter(i -> i.kind() == ProgrammeKind.OPENING).map(CeremonyRepository.StoredItem::presenter)
        .findFirst().orElse(null);
    List<RunningOrder.Item> items = stored.stream().map(i -> new RunningOrder.Item(i.position(), i.startsAt(),
        i.minutes(), i.kind(), i.title(), i.presenter(),
        i.flagBatch() == null ? List.of() : batches.getOrDefault(i.flagBatch(), List.of()).stream()
            .map(r -> new RunningOrder.Flag(r.flagOrder(), r.pool().label(), r.name(),
                hostNames.getOrDefault(r.hostCode(), r.hostCode()), r.receiver(),
                Boolean.TRUE.equals(r.attending()) ? r.representativeTitle() : null, r.presenter()))
            .toList(),
        i.venueCode(), i.venueCode() == null ? null : venueNames.get(i.venueCode()))).toList();
    return new RunningOrder(campaignId, campaign.name(), campaign.symposiumDate(), host, items);
  }

  public boolean hasRunningOrder(String campaignId) {
    return !ceremony.runningOrder(campaignId).isEmpty();
  }

  /** The flags as options of the outcome form's exception list: value the recipient key, label its name. */
  public List<Map<String, String>> flagOptions(String campaignId) {
    return ceremony.recipients(campaignId).stream()
        .map(r -> Map.of("value", r.key(), "label", r.pool().label() + "：" + r.name())).toList();
  }

  /** Records how the day went: every flag presented and its representative present unless listed. */
  public void recordOutcome(String campaignId, List<VenueOutcome> venueOutcomes, List<FlagOutcome> exceptions) {
    guard.requireOwner(Groups.CEREMONY, "只有仪式筹备组可以登记活动成效。");
    venueOutcomes.forEach(o -> venues.recordOutcome(campaignId, o.venueCode(), o.held(), o.mediaLink()));
    Map<String, FlagException> byKey = exceptions.stream()
        .collect(Collectors.toMap(FlagOutcome::recipientKey, FlagOutcome::exception, (a, b) -> b));
    for (FlagRecipient r : ceremony.recipients(campaignId)) {
      FlagException exception = byKey.get(r.key());
      ceremony.flagOutcome(campaignId, r.pool(), r.candidateId(), exception != FlagException.NOT_PRESENTED,
          exception == null);
    }
  }

  /**
   * Closes the campaign with its summary and hands the selected teams on to the standing volunteer
   * work; returns the figures in one Chinese line.
   */
  public String conclude(String campaignId, String summary, String media) {
    List<FlagRecipient> recipients = ceremony.recipients(campaignId);
    recipients.stream().filter(r -> r.pool() == Pool.TEAM)
        .forEach(r -> teams.joinFromCampaign(campaignId, r.candidateId(), r.name(), r.hostCode()));
    List<SubVenue> all = venues.all(campaignId);
    String line = "授旗 " + recipients.stream().filter(r -> !Boolean.FALSE.equals(r.presented())).count() + "/"
        + recipients.size() + " 面；分会场举行 " + all.stream().filter(v -> Boolean.TRUE.equals(v.held())).count() + "/"
        + all.size() + " 个；转入常态化科技志愿服务的服务队 " + teams.standingTeams(campaignId) + " 支";
    campaigns.conclude(campaignId, line + "。\n" + summary + (media == null || media.isBlank() ? "" : "\n" + media));
    return line;
  }

  /** The group that confirms a recipient's representative: its organisation. */
  public String hostGroup(String campaignId, String recipientKey) {
    return recipient(campaignId, recipientKey).hostCode();
  }

  private List<SelectionEntry> selected(String campaignId, Pool pool) {
    return selection.entries(campaignId, pool).stream()
        .filter(e -> e.status().equals(SelectionStatus.SELECTED.name())).toList();
  }
}
