package cn.org.cast.volunteer.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** Ranking and balance rules on generated pools of a realistic size (over 300 candidates). */
class ProposalBuilderTest {

  private static final List<String> REGIONS = List.of("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江",
      "上海", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川",
      "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆", "新疆生产建设兵团");
  private static final List<String> KINDS = List.of("ENTERPRISE", "INDUSTRIAL_PARK", "COMMUNITY", "VILLAGE");
  private static final BalanceRules RULES = new BalanceRules(60, true, 0.05, Map.of("COMMUNITY", 10, "VILLAGE", 10));

  @Test
  void fillsTheQuotaExactlyUnderEveryBalanceRule() {
    List<Candidate> pool = generate(400, 7);
    Proposal proposal = ProposalBuilder.propose(Pool.TEAM, pool, 100, RULES);

    assertThat(proposal.selected()).hasSize(100);
    assertThat(proposal.shortfall()).isZero();
    List<Candidate> selected = proposal.selected().stream().map(Proposal.Placement::candidate).toList();
    // No host takes more than 5 % of the quota.
    assertThat(countBy(selected, Candidate::hostCode).values()).allMatch(count -> count <= 5);
    // Every province with a qualified candidate is represented.
    Set<String> qualifiedRegions = pool.stream().filter(c -> c.score() >= 60).map(Candidate::region)
        .filter(region -> !region.equals(ProposalBuilder.NATIONWIDE)).collect(Collectors.toSet());
    assertThat(selected.stream().map(Candidate::region).collect(Collectors.toSet())).containsAll(qualifiedRegions);
    // Places are kept for community and village activities.
    assertThat(countBy(selected, Candidate::activityKind)).hasEntrySatisfying("COMMUNITY", n -> assertThat(n).isGreaterThanOrEqualTo(10))
        .hasEntrySatisfying("VILLAGE", n -> assertThat(n).isGreaterThanOrEqualTo(10));
    // Nobody unqualified is placed or waitlisted, and everyone qualified is one or the other.
    assertThat(selected).allMatch(c -> c.score() >= 60);
    assertThat(proposal.waitlist()).allMatch(p -> p.candidate().score() >= 60);
    assertThat(proposal.selected().size() + proposal.waitlist().size() + proposal.notQualified().size())
        .isEqualTo(pool.size());
    assertThat(proposal.waitlist()).extracting(Proposal.Placement::rank).isSorted();
  }

  @Test
  void eachPoolHasItsRulesInTheDataFile() throws Exception {
    Map<Pool, BalanceRules> rules =
        BalanceRules.read(new org.springframework.core.io.ClassPathResource("selection/balance-rules.csv").getInputStream());
    assertThat(rules).containsOnlyKeys(Pool.values());
    assertThat(rules.get(Pool.TEAM).maxPerHost(100)).isEqualTo(5);
    assertThat(rules.get(Pool.VENUE).minimumPerActivityKind()).containsEntry("VILLAGE", 2).hasSize(4);

    Proposal venues = ProposalBuilder.propose(Pool.VENUE, generate(300, 13), 30, rules.get(Pool.VENUE));
    assertThat(venues.selected()).hasSize(30);
    assertThat(countBy(venues.selected().stream().map(Proposal.Placement::candidate).toList(), Candidate::activityKind))
        .allSatisfy((kind, count) -> assertThat(count).isGreaterThanOrEqualTo(2));
  }

  @Test
  void theSameInputInAnyOrderGivesTheSameProposal() {
    List<Candidate> pool = generate(350, 11);
    List<Candidate> shuffled = new ArrayList<>(pool);
    Collections.shuffle(shuffled, new Random(3));

    Proposal first = ProposalBuilder.propose(Pool.SOCIETY, pool, 100, RULES);
    Proposal second = ProposalBuilder.propose(Pool.SOCIETY, shuffled, 100, RULES);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void tiesAreBrokenByTheLowestReviewerScoreThenTheEarlierSubmissionThenTheCodes() {
    OffsetDateTime morning = OffsetDateTime.parse("2019-05-06T09:00:00+08:00");
    Candidate contested = candidate("A", "N001", 80, 60, morning);
    Candidate agreed = candidate("B", "N002", 80, 75, morning.plusHours(5));
    Candidate early = candidate("C", "N003", 80, 75, morning);
    Candidate sameTimeLowerCode = candidate("D", "N000", 80, 75, morning);

    assertThat(Ranking.rank(List.of(contested, agreed, early, sameTimeLowerCode)))
        .containsExactly(sameTimeLowerCode, early, agreed, contested);
  }

  @Test
  void aPoolWithTooFewQualifiedCandidatesLeavesAShortfall() {
    List<Candidate> pool = generate(320, 5).stream().map(c -> c.score() >= 95 ? c
        : new Candidate(c.id(), c.pool(), c.name(), c.hostCode(), c.region(), c.activityKind(), 50, 50,
            c.submittedAt())).toList();
    Proposal proposal = ProposalBuilder.propose(Pool.VENUE, pool, 100, RULES);

    long qualified = pool.stream().filter(c -> c.score() >= 60).count();
    assertThat(qualified).isLessThan(100);
    assertThat(proposal.selected().size() + proposal.waitlist().size()).isEqualTo((int) qualified);
    assertThat(proposal.shortfall()).isEqualTo(100 - proposal.selected().size()).isPositive();
  }

  @Test
  void reasonsSayWhyEachCandidateIsPlaced() {
    Proposal proposal = ProposalBuilder.propose(Pool.TEAM, generate(400, 7), 100, RULES);
    assertThat(proposal.selected()).extracting(Proposal.Placement::reason)
        .allMatch(reason -> reason.equals("按得分排名") || reason.startsWith("保障省份覆盖：")
            || reason.startsWith("保障活动类型："))
        .anyMatch(reason -> reason.startsWith("保障省份覆盖："));
  }

  /** A pool of candidates from 150 hosts in every province and nationwide, scores with ties. */
  static List<Candidate> generate(int size, long seed) {
    Random random = new Random(seed);
    OffsetDateTime start = OffsetDateTime.parse("2019-05-01T09:00:00+08:00");
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int host = random.nextInt(150);
      String region = host < 32 ? REGIONS.get(host) : ProposalBuilder.NATIONWIDE;
      double score = Math.round((40 + random.nextDouble() * 60) * 2) / 2.0;
      candidates.add(new Candidate(String.format("C%04d", i), Pool.TEAM, "候选" + i, String.format("H%03d", host),
          region, KINDS.get(random.nextInt(KINDS.size())), score, Math.max(0, score - random.nextInt(15)),
          start.plusMinutes(random.nextInt(20_000))));
    }
    return candidates;
  }

  private static Candidate candidate(String id, String host, double score, double lowest, OffsetDateTime at) {
    return new Candidate(id, Pool.SOCIETY, id, host, "北京", "COMMUNITY", score, lowest, at);
  }

  private static Map<String, Long> countBy(List<Candidate> candidates, Function<Candidate, String> key) {
    return candidates.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
  }
}
