package cn.org.cast.volunteer.selection;

import java.util.List;

/**
 * A plan's scores from its reviewers, taken together: the mean is its score; when the reviewers'
 * scores lie further apart than the threshold, the plan is disputed and goes to a discussion.
 */
record ScoreAggregate(double mean, double lowest, double spread, boolean disputed) {

  public static ScoreAggregate of(List<Double> scores, double disputeThreshold) {
    if (scores.isEmpty()) {
      throw new IllegalArgumentException("No scores to aggregate");
    }
    double mean = scores.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double lowest = scores.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double spread = scores.stream().mapToDouble(Double::doubleValue).max().orElseThrow() - lowest;
    return new ScoreAggregate(Math.round(mean * 100) / 100.0, lowest, Math.round(spread * 100) / 100.0,
        spread > disputeThreshold);
  }
}
