package cn.org.cast.volunteer.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The rubric, the aggregation of reviewers' scores, and the assignment of plans to reviewers. */
class ScoringTest {

  private final Rubric rubric = rubric();

  static Rubric rubric() {
    try {
      return Rubric.read(new ClassPathResource("selection/rubric.csv").getInputStream());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void rubricWeighsEachCriterionToAHundredPoints() {
    assertThat(rubric.criteria()).extracting(Rubric.Criterion::name)
        .contains("筹备工作思路", "授旗仪式展现形式", "基层平台对接", "视频连线准备");
    Map<String, Integer> full = new HashMap<>();
    Map<String, Integer> half = new HashMap<>();
    rubric.criteria().forEach(c -> {
      full.put(c.code(), c.maxPoints());
      half.put(c.code(), c.maxPoints() / 2);
    });
    assertThat(rubric.score(full)).isEqualTo(100.0);
    assertThat(rubric.score(half)).isEqualTo(50.0);
    half.put("ACTIVITIES", 11);
    assertThatThrownBy(() -> rubric.score(half)).hasMessageContaining("“主要活动与重点任务”应为0至10分");
  }

  @Test
  void reviewersWhoDisagreeBeyondTheThresholdSendThePlanToDiscussion() {
    assertThat(ScoreAggregate.of(List.of(80.0, 84.0, 78.0), 20)).isEqualTo(new ScoreAggregate(80.67, 78, 6, false));
    ScoreAggregate disputed = ScoreAggregate.of(List.of(90.0, 55.0, 82.0), 20);
    assertThat(disputed.disputed()).isTrue();
    assertThat(disputed.spread()).isEqualTo(35);
  }

  @Test
  void everyPlanGetsThreeReviewersWithoutConflictsAndTheLoadIsEven() {
    List<ScoringAssignment.PlanToScore> plans = new ArrayList<>();
    for (int i = 1; i <= 320; i++) {
      plans.add(new ScoringAssignment.PlanToScore(i, String.format("N%03d", i % 191 + 1)));
    }
    List<ScoringAssignment.Reviewer> reviewers = new ArrayList<>();
    for (int r = 1; r <= 12; r++) {
      // Each reviewer belongs to or declared a conflict with a handful of organisations.
      Set<String> conflicts = Set.of(String.format("N%03d", r), String.format("N%03d", r + 20),
          String.format("N%03d", r * 7 % 191 + 1));
      reviewers.add(new ScoringAssignment.Reviewer(String.format("reviewer%02d", r), conflicts));
    }

    ScoringAssignment.Result result = ScoringAssignment.assign(plans, reviewers, 3);

    assertThat(result.understaffed()).isEmpty();
    Map<String, Set<String>> conflictsOf = reviewers.stream()
        .collect(Collectors.toMap(ScoringAssignment.Reviewer::id, ScoringAssignment.Reviewer::conflicts));
    for (ScoringAssignment.PlanToScore plan : plans) {
      List<String> assigned = result.reviewersOf().get(plan.planId());
      assertThat(assigned).hasSize(3).doesNotHaveDuplicates();
      assertThat(assigned).noneMatch(reviewer -> conflictsOf.get(reviewer).contains(plan.orgCode()));
    }
    Collection<Long> loads = result.reviewersOf().values().stream().flatMap(List::stream)
        .collect(Collectors.groupingBy(reviewer -> reviewer, Collectors.counting())).values();
    assertThat(loads.stream().mapToLong(Long::longValue).max().orElseThrow()
        - loads.stream().mapToLong(Long::longValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    assertThat(ScoringAssignment.assign(plans, reviewers, 3)).isEqualTo(result);
  }

  @Test
  void aPlanWithoutEnoughEligibleReviewersIsReported() {
    var reviewers = List.of(new ScoringAssignment.Reviewer("reviewer1", Set.of("N006")),
        new ScoringAssignment.Reviewer("reviewer2", Set.of()));
    var result = ScoringAssignment.assign(List.of(new ScoringAssignment.PlanToScore(1, "N006")), reviewers, 2);

    assertThat(result.reviewersOf().get(1L)).containsExactly("reviewer2");
    assertThat(result.understaffed()).containsExactly(1L);
  }
}
