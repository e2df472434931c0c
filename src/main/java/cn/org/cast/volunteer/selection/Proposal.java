package cn.org.cast.volunteer.selection;

import java.util.List;

/**
 * The system's proposal for one pool: who fills the quota and why, the waitlist in order, and who did
 * not qualify. Places are listed in rank order.
 */
record Proposal(Pool pool, int quota, List<Placement> selected, List<Placement> waitlist,
    List<Placement> notQualified) {

  /** A candidate's place: its rank in the pool (1 = best) and the reason it is where it is. */
  public record Placement(Candidate candidate, int rank, String reason) {}

  /** Places the quota leaves empty for want of qualified candidates. */
  public int shortfall() {
    return Math.max(0, quota - selected.size());
  }
}
