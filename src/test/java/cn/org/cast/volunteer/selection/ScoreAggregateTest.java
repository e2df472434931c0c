package cn.org.cast.volunteer.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** When reviewers' scores count as disputed: only further apart than the threshold, not at it. */
class ScoreAggregateTest {

  @Test
  void scoresExactlyTheThresholdApartAreNotDisputedAndAnyFurtherAreDisputed() {
    assertThat(ScoreAggregate.of(List.of(70.0, 90.0), 20)).isEqualTo(new ScoreAggregate(80, 70, 20, false));
    assertThat(ScoreAggregate.of(List.of(70.0, 90.5), 20)).isEqualTo(new ScoreAggregate(80.25, 70, 20.5, true));
  }
}
