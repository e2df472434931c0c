package cn.org.cast.volunteer.team;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.RecordCode;

/**
 * A team in the hierarchy, without its people. Its code (T and its number) is how people name it,
 * e.g. as the team above a new one.
 */
public record Team(long id, String name, TeamRank rank, Long parentId, String hostCode, String hostName,
    TeamStatus status, ServiceField serviceField, String leaderName, String originCampaign, OffsetDateTime joinedAt) {

  private static final RecordCode CODE = new RecordCode("T");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }

  /** The team id a code names, or null when the text is not a team code. */
  public static Long idOf(String code) {
    return CODE.idOf(code);
  }
}
