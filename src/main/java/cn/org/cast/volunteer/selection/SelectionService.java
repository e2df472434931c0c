package cn.org.cast.volunteer.selection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.notice.Campaign;
import cn.org.cast.volunteer.notice.CampaignService;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanRecord;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.plan.ProposedCandidate;
import cn.org.cast.volunteer.plan.RevisionFacts;

/**
 * The selection of a campaign: the pools built from the approved, scored plans, the proposal that
 * fills each quota under the balance rules, and the committee's changes to it.
 */
@Service
public class SelectionService {

  /** One change the committee asks for: a candidate into the selection or out of it, and why. */
  public record Change(Pool pool, String candidateId, boolean into, String reason) {}

  private final PlanService plans;
  private final ScoringRepository scores;
  private final SelectionRepository selection;
  private final Organizations organizations;
  private final CampaignService campaigns;
  private final Map<Pool, BalanceRules> rules;

  public SelectionService(PlanService plans, ScoringRepository scores, SelectionRepository selection,
      Organizations organizations, CampaignService campaigns)
      throws IOException {
    this.plans = plans;
    this.scores = scores;
    this.selection = selection;
    this.organizations = organizations;
    this.campaigns = campaigns;
    this.rules = BalanceRules.read(new ClassPathResource("selection/balance-rules.csv").getInputStream());
  }

  /** Builds the pools and proposes each pool's selection; returns the proposals. */
  public Map<Pool, Proposal> propose(String campaignId) {
    Map<Pool, List<Candidate>> pools = new EnumMap<>(Pool.class);
    for (Pool pool : Pool.values()) {
      pools.put(pool, new ArrayList<>());
    }
    for (PlanRecord plan : plans.withStatus(campaignId, PlanStatus.APPROVED)) {
      Double score = scores.finalScore(plan.id());
      if (score == null) {
        continue;
      }
      double lowest = Optional.ofNullable(scores.lowestScore(plan.id())).orElse(score);
      Organization host = organizations.find(plan.orgCode()).orElseThrow();
      RevisionFacts facts = plans.revisionFacts(plan.id(), plan.currentRevision());
      pools.get(Pool.SOCIETY).add(new Candidate(host.code(), Pool.SOCIETY, host.name(), host.code(), host.region(),
          facts.dockingPlatform(), score, lowest, facts.submittedAt()));
      // A nominated society stands on its host's plan, so it shares the plan's score and docking platform.
      for (ProposedCandidate nominee : plans.nominatedSocieties(plan.id(), plan.currentRevision())) {
        pools.get(Pool.SOCIETY).add(new Candidate(plan.id() + "-S" + nominee.position(), Pool.SOCIETY, nominee.name(),
            host.code(), nominee.detail(), facts.dockingPlatform(), score, lowest, facts.submittedAt()));
      }
      for (ProposedCandidate team : plans.proposedTeams(plan.id(), plan.currentRevision())) {
        pools.get(Pool.TEAM).add(new Candidate(plan.id() + "-" + team.position(), Pool.TEAM, team.name(), host.code(),
            host.region(), facts.dockingPlatform(), score, lowest, facts.submittedAt()));
      }
      if (facts.videoLink()) {
        for (ProposedCandidate venue : plans.proposedVenues(plan.id(), plan.currentRevision())) {
          pools.get(Pool.VENUE).add(new Candidate(plan.id() + "-V" + venue.position(), Pool.VENUE, venue.name(),
              host.code(), host.region(), venue.detail(), score, lowest, facts.submittedAt()));
        }
      }
    }
    Map<Pool, Proposal> proposals = new EnumMap<>(Pool.class);
    for (Pool pool : Pool.values()) {
      Proposal proposal = ProposalBuilder.propose(pool, pools.get(pool), quota(campaignId, pool), rules.get(pool));
      selection.replaceProposal(campaignId, proposal);
      proposals.put(pool, proposal);
    }
    return proposals;
  }

  public int quota(String campaignId, Pool pool) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    return switch (pool) {
      case SOCIETY -> campaign.societyQuota();
      case TEAM -> campaign.teamQuota();
      case VENUE -> campaign.venueQuota();
    };
  }

  public List<SelectionEntry> entries(String campaignId, Pool pool) {
    return selection.entries(campaignId, pool);
  }

  /** Whether the campaign has a selection proposed. */
  public boolean hasEntries(String campaignId) {
    return selection.hasEntries(campaignId);
  }

  /**
   * What is wrong with the committee's changes: an unknown candidate, a move that changes nothing, or a
   * quota left short or exceeded without a reason.
   */
  public List<FieldViolation> check(String campaignId, List<Change> changes, String quotaReason) {
    List<FieldViolation> violations = new ArrayList<>();
    for (Pool pool : Pool.values()) {
      List<SelectionEntry> entries = selection.entries(campaignId, pool);
      long selected = entries.stream().filter(e -> e.status().equals(SelectionStatus.SELECTED.name())).count();
      for (Change change : changes.stream().filter(c -> c.pool() == pool).toList()) {
        Optional<SelectionEntry> entry = entries.stream()
            .filter(e -> e.candidateId().equals(change.candidateId())).findFirst();
        if (entry.isEmpty()) {
          violations.add(new FieldViolation("selectionChanges", pool.label() + "中没有编号为“" + change.candidateId() + "”的候选"));
          continue;
        }
        boolean isSelected = entry.get().status().equals(SelectionStatus.SELECTED.name());
        if (isSelected == change.into()) {
          violations.add(new FieldViolation("selectionChanges", "“" + entry.get().name() + "”已"
              + (isSelected ? "入选" : "不在入选名单中") + "，无需调整"));
        }
        selected += change.into() ? 1 : -1;
      }
      if (selected != quota(campaignId, pool) && (quotaReason == null || quotaReason.isBlank())) {
        violations.add(new FieldViolation("quotaReason", pool.label() + "入选" + selected + "个，名额为"
            + quota(campaignId, pool) + "个：请说明未满或超出名额的原因"));
      }
    }
    return violations;
  }

  /** Applies checked changes, each recorded with its reason. */
  public void apply(String campaignId, List<Change> changes, String changedBy) {
    for (Change change : changes) {
      SelectionEntry entry = selection.entries(campaignId, change.pool()).stream()
          .filter(e -> e.candidateId().equals(change.candidateId())).findFirst().orElseThrow();
      selection.change(campaignId, entry, change.into() ? SelectionStatus.SELECTED : SelectionStatus.WAITLISTED,
          change.reason(), changedBy);
    }
  }
}
