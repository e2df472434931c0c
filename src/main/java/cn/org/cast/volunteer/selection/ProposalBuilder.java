package cn.org.cast.volunteer.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Proposes the selection that fills a pool's quota under its balance rules. Places are given in
 * three rounds, each in rank order and each respecting the cap per host organisation: first the
 * places kept for each kind of activity (kinds in alphabetical order), then one place for every
 * region with a qualified candidate (regions in the order of their best candidate), then the rest by
 * rank. Whatever qualifies and is not placed is the waitlist, in rank order.
 */
final class ProposalBuilder {

  /** Candidates of national societies: they stand for the whole country, not for a province. */
  public static final String NATIONWIDE = "全国";

  private ProposalBuilder() {
  }

  public static Proposal propose(Pool pool, List<Candidate> candidates, int quota, BalanceRules rules) {
    List<Candidate> ranked = Ranking.rank(candidates);
    Map<Candidate, Integer> rankOf = new HashMap<>();
    for (int i = 0; i < ranked.size(); i++) {
      rankOf.put(ranked.get(i), i + 1);
    }
    List<Candidate> qualified = ranked.stream().filter(c -> c.score() >= rules.minimumScore()).toList();
    Selection selection = new Selection(quota, rules.maxPerHost(quota));

    new TreeMap<>(rules.minimumPerActivityKind()).forEach((kind, minimum) -> qualified.stream()
        .filter(c -> kind.equals(c.activityKind()))
        .filter(selection::admits).limit(minimum)
        .forEach(c -> selection.take(c, "保障活动类型：" + kind)));
    if (rules.coverRegions()) {
      // Regions in the order of their best qualified candidate.
      Set<String> regions = new LinkedHashSet<>();
      qualified.stream().map(Candidate::region).filter(region -> !NATIONWIDE.equals(region)).forEach(regions::add);
      for (String region : regions) {
        if (selection.covers(region)) {
          continue;
        }
        qualified.stream().filter(c -> region.equals(c.region())).filter(selection::admits).findFirst()
            .ifPresent(c -> selection.take(c, "保障省份覆盖：" + region));
      }
    }
    qualified.stream().filter(selection::admits).forEach(c -> selection.take(c, "按得分排名"));

    List<Proposal.Placement> selected = new ArrayList<>();
    List<Proposal.Placement> waitlist = new ArrayList<>();
    for (Candidate c : qualified) {
      String reason = selection.reasons.get(c);
      if (reason != null) {
        selected.add(new Proposal.Placement(c, rankOf.get(c), reason));
      } else {
        waitlist.add(new Proposal.Placement(c, rankOf.get(c), selection.hostFull(c)
            ? "候补（同一主办单位已达上限）" : "候补"));
      }
    }
    List<Proposal.Placement> notQualified = ranked.stream().filter(c -> c.score() < rules.minimumScore())
        .map(c -> new Proposal.Placement(c, rankOf.get(c), "得分低于" + rules.minimumScore())).toList();
    return new Proposal(pool, quota, selected, waitlist, notQualified);
  }

  /** The places given so far, and why. */
  private static final class Selection {
    private final int quota;
    private final int maxPerHost;
    private final Map<Candidate, String> reasons = new HashMap<>();
    private final Map<String, Integer> perHost = new HashMap<>();
    private final Map<String, Integer> perRegion = new HashMap<>();

    Selection(int quota, int maxPerHost) {
      this.quota = quota;
      this.maxPerHost = maxPerHost;
    }

    boolean admits(Candidate c) {
      return reasons.size() < quota && !reasons.containsKey(c) && !hostFull(c);
    }

    boolean hostFull(Candidate c) {
      return perHost.getOrDefault(c.hostCode(), 0) >= maxPerHost;
    }

    boolean covers(String region) {
      return perRegion.getOrDefault(region, 0) > 0;
    }

    void take(Candidate c, String reason) {
      if (admits(c)) {
        reasons.put(c, reason);
        perHost.merge(c.hostCode(), 1, Integer::sum);
        perRegion.merge(c.region(), 1, Integer::sum);
      }
    }
  }
}
