package cn.org.cast.volunteer.team;

import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A team in the hierarchy, without its people. Its code (T and its number) is how people name it,
 * e.g. as the team above a new one.
 */
public record Team(long id, String name, TeamRank rank, Long parentId, String hostCode, String hostName,
    TeamStatus status, ServiceField serviceField, String leaderName, String originCampaign, OffsetDateTime joinedAt) {

  private static final String CODE_PREFIX = "T";

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE_PREFIX + id;
  }

  /** The team id a code names, or null when the text is not a team code. */
  public static Long idOf(String code) {
    String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return trimmed.matches(CODE_PREFIX + "\\d{1,12}") ? Long.valueOf(trimmed.substring(CODE_PREFIX.length())) : null;
  }
}
