package cn.org.cast.volunteer.ceremony;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.selection.Pool;

/** A selected society or team that receives a flag, the representative its organisation confirmed, and its place. */
record FlagRecipient(Pool pool, String candidateId, String name, String hostCode, String region, int rank,
    Boolean attending, String representativeName, String representativeTitle, String representativeMobile,
    OffsetDateTime confirmedAt, OffsetDateTime escalatedAt, Integer flagBatch, Integer flagOrder, String presenter,
    Boolean presented, Boolean attended) {

  /** The element of the confirmation tasks' collection, e.g. "TEAM:17-2". */
  public String key() {
    return key(pool, candidateId);
  }

  public static String key(Pool pool, String candidateId) {
    return pool.name() + ":" + candidateId;
  }

  public boolean confirmed() {
    return confirmedAt != null;
  }

  /** The one who goes up for the flag: the confirmed representative, or nobody yet. */
  public String receiver() {
    return Boolean.TRUE.equals(attending) ? representativeName : null;
  }
}
