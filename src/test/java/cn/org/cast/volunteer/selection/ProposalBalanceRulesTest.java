package cn.org.cast.volunteer.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.selection.Proposal.Placement;

/**
 * Each balance rule on a small pool where it decides a place: with the rule the proposal is the one
 * given, and with the rule switched off it is a different one.
 */
class ProposalBalanceRulesTest {

  private static final OffsetDateTime SUBMITTED = OffsetDateTime.parse("2019-05-06T09:00:00+08:00");

  @Test
  void aPlaceKeptForAnActivityKindGoesToItsBestCandidateAheadOfHigherScores() {
    Candidate first = candidate("A", "H1", "北京", "ENTERPRISE", 90);
    Candidate second = candidate("B", "H2", "北京", "ENTERPRISE", 85);
    Candidate village = candidate("V", "H3", "北京", "VILLAGE", 70);
    Candidate otherVillage = candidate("W", "H4", "北京", "VILLAGE", 65);
    List<Candidate> pool = List.of(first, second, village, otherVillage);

    Proposal kept = ProposalBuilder.propose(Pool.VENUE, pool, 2, rules(false, 1.0, Map.of("VILLAGE", 1)));
    assertThat(kept.selected()).containsExactly(
        new Placement(first, 1, "按得分排名"), new Placement(village, 3, "保障活动类型：VILLAGE"));
    assertThat(kept.waitlist()).containsExactly(new Placement(second, 2, "候补"), new Placement(otherVillage, 4, "候补"));

    Proposal notKept = ProposalBuilder.propose(Pool.VENUE, pool, 2, rules(false, 1.0, Map.of()));
    assertThat(notKept.selected()).extracting(Placement::candidate).containsExactly(first, second);
  }

  @Test
  void everyProvinceWithAQualifiedCandidateIsCoveredButNationwideIsNotAProvince() {
    Candidate beijing = candidate("A", "H1", "北京", "COMMUNITY", 90);
    Candidate secondBeijing = candidate("B", "H2", "北京", "COMMUNITY", 85);
    Candidate national = candidate("N", "H3", ProposalBuilder.NATIONWIDE, "COMMUNITY", 80);
    Candidate shanghai = candidate("S", "H4", "上海", "COMMUNITY", 70);
    List<Candidate> pool = List.of(beijing, secondBeijing, national, shanghai);

    Proposal covered = ProposalBuilder.propose(Pool.TEAM, pool, 3, rules(true, 1.0, Map.of()));
    assertThat(covered.selected()).containsExactly(new Placement(beijing, 1, "保障省份覆盖：北京"),
        new Placement(secondBeijing, 2, "按得分排名"), new Placement(shanghai, 4, "保障省份覆盖：上海"));
    assertThat(covered.waitlist()).containsExactly(new Placement(national, 3, "候补"));

    Proposal byScoreOnly = ProposalBuilder.propose(Pool.TEAM, pool, 3, rules(false, 1.0, Map.of()));
    assertThat(byScoreOnly.selected()).extracting(Placement::candidate)
        .containsExactly(beijing, secondBeijing, national);
  }

  @Test
  void aHostAtItsCapIsPassedOverAndItsNextCandidateWaitlistedWithTheReason() {
    Candidate host1First = candidate("A1", "H1", "北京", "COMMUNITY", 95);
    Candidate host1Second = candidate("A2", "H1", "北京", "COMMUNITY", 90);
    Candidate host1Third = candidate("A3", "H1", "北京", "COMMUNITY", 85);
    Candidate host2 = candidate("B1", "H2", "北京", "COMMUNITY", 80);
    Candidate host3 = candidate("C1", "H3", "北京", "COMMUNITY", 75);
    Candidate host4 = candidate("D1", "H4", "北京", "COMMUNITY", 70);
    Candidate belowMinimum = candidate("E1", "H5", "北京", "COMMUNITY", 55);
    List<Candidate> pool = List.of(host1First, host1Second, host1Third, host2, host3, host4, belowMinimum);

    // Half of a quota of four: at most two places per host.
    Proposal capped = ProposalBuilder.propose(Pool.SOCIETY, pool, 4, rules(false, 0.5, Map.of()));
    assertThat(capped.selected()).containsExactly(new Placement(host1First, 1, "按得分排名"),
        new Placement(host1Second, 2, "按得分排名"), new Placement(host2, 4, "按得分排名"),
        new Placement(host3, 5, "按得分排名"));
    assertThat(capped.waitlist()).containsExactly(new Placement(host1Third, 3, "候补（同一主办单位已达上限）"),
        new Placement(host4, 6, "候补"));
    assertThat(capped.notQualified()).extracting(Placement::candidate, Placement::rank)
        .containsExactly(tuple(belowMinimum, 7));

    Proposal uncapped = ProposalBuilder.propose(Pool.SOCIETY, pool, 4, rules(false, 1.0, Map.of()));
    assertThat(uncapped.selected()).extracting(Placement::candidate)
        .containsExactly(host1First, host1Second, host1Third, host2);
  }

  @Test
  void belowTheMinimumScoreACandidateIsNeitherPlacedNorWaitlistedWhateverItsBalance() {
    Candidate qualified = candidate("A", "H1", "北京", "COMMUNITY", 60);
    Candidate onlyVillage = candidate("V", "H2", "西藏", "VILLAGE", 59.5);
    List<Candidate> pool = List.of(qualified, onlyVillage);

    Proposal proposal = ProposalBuilder.propose(Pool.VENUE, pool, 2, rules(true, 1.0, Map.of("VILLAGE", 1)));
    assertThat(proposal.selected()).extracting(Placement::candidate).containsExactly(qualified);
    assertThat(proposal.waitlist()).isEmpty();
    assertThat(proposal.notQualified()).extracting(Placement::candidate).containsExactly(onlyVillage);
    assertThat(proposal.shortfall()).isEqualTo(1);
  }

  private static BalanceRules rules(boolean coverRegions, double maxShareOfHost, Map<String, Integer> kinds) {
    return new BalanceRules(60, coverRegions, maxShareOfHost, kinds);
  }

  private static Candidate candidate(String id, String host, String region, String kind, double score) {
    return new Candidate(id, Pool.TEAM, "候选" + id, host, region, kind, score, score, SUBMITTED);
  }
}
