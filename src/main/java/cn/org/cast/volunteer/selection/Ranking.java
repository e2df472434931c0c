package cn.org.cast.volunteer.selection;

import java.util.Comparator;
import java.util.List;

/**
 * Orders a pool's candidates, best first. Ties are broken, in this order, by: the higher lowest single
 * reviewer score (the less contested plan), the earlier submission, the host's code, the candidate's
 * id — so the same input always gives the same order.
 */
final class Ranking {

  public static final Comparator<Candidate> ORDER = Comparator.comparingDouble(Candidate::score).reversed()
      .thenComparing(Comparator.comparingDouble(Candidate::lowestReviewerScore).reversed())
      .thenComparing(Candidate::submittedAt)
      .thenComparing(Candidate::hostCode)
      .thenComparing(Candidate::id);

  private Ranking() {
  }

  public static List<Candidate> rank(List<Candidate> candidates) {
    return candidates.stream().sorted(ORDER).toList();
  }
}
