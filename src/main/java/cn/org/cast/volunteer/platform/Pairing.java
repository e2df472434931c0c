package cn.org.cast.volunteer.platform;

import java.time.LocalDate;

import cn.org.cast.volunteer.RecordCode;

/** A pairing of an organisation, or one of its teams, with a centre; its code is J and its number. */
record Pairing(long id, long centreId, String orgCode, String orgName, Long teamId, String teamName,
    String content, LocalDate startsOn, LocalDate endsOn, PairingStatus status, String requestedBy,
    String approverGroup) {

  private static final RecordCode CODE = new RecordCode("J");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }

  /** Who pairs, as people name them: the team with its organisation, or the organisation. */
  public String partyName() {
    return teamName == null ? orgName : orgName + " " + teamName;
  }
}
