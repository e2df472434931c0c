package cn.org.cast.volunteer.selection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns each plan to several reviewers, balancing their load: plans are taken in order of their id,
 * and each goes to the eligible reviewers with the fewest plans so far (ties by reviewer id). A reviewer
 * is never given a plan of an organisation they belong to or have declared a conflict with.
 */
final class ScoringAssignment {

  /** A reviewer and the organisations they may not score: their own, and those they declared. */
  public record Reviewer(String id, Set<String> conflicts) {}

  /** A plan to score, by its id and its organisation's code. */
  public record PlanToScore(long planId, String orgCode) {}

  /** Reviewers per plan; plans that could not get enough eligible reviewers are listed apart. */
  public record Result(Map<Long, List<String>> reviewersOf, List<Long> understaffed) {}

  private ScoringAssignment() {
  }

  public static Result assign(List<PlanToScore> plans, List<Reviewer> reviewers, int perPlan) {
    Map<String, Integer> load = new HashMap<>();
    reviewers.forEach(reviewer -> load.put(reviewer.id(), 0));
    Map<Long, List<String>> reviewersOf = new LinkedHashMap<>();
    List<Long> understaffed = new ArrayList<>();
    for (PlanToScore plan : plans.stream().sorted(Comparator.comparingLong(PlanToScore::planId)).toList()) {
      List<String> chosen = reviewers.stream()
          .filter(reviewer -> !reviewer.conflicts().contains(plan.orgCode()))
          .sorted(Comparator.comparing((Reviewer reviewer) -> load.get(reviewer.id())).thenComparing(Reviewer::id))
          .limit(perPlan).map(Reviewer::id).toList();
      chosen.forEach(id -> load.merge(id, 1, Integer::sum));
      reviewersOf.put(plan.planId(), chosen);
      if (chosen.size() < perPlan) {
        understaffed.add(plan.planId());
      }
    }
    return new Result(reviewersOf, understaffed);
  }
}
