package cn.org.cast.volunteer.honour;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.RecordCode;

/**
 * A nomination on record, with its team's and organisation's names. Its code (M and its number) is its
 * process's business key.
 */
record Nomination(long id, ModelKind kind, long teamId, String teamName, String orgCode, String orgName,
    String personName, String personRole, String sourceCampaign, String campaignName, String deeds, String caseTitle,
    String caseText, NominationStatus status, String nominatedBy, OffsetDateTime nominatedAt, String citation,
    String decidedBy, OffsetDateTime decidedAt, String decisionComment, OffsetDateTime publishedAt) {

  private static final RecordCode CODE = new RecordCode("M");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }

  /** The title the published entry bears: the reviewers' citation, else what was nominated. */
  public String title() {
    return citation != null ? citation : kind.label();
  }
}
