package cn.org.cast.volunteer.demand;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.RecordCode;
import cn.org.cast.volunteer.team.ServiceField;

/** A demand of the library as recorded. Its code (D and its number) is how people name it. */
public record Demand(long id, String title, String description, SubmitterKind submitterKind, String submitterName,
    String contactName, String contactMobile, String region, TechField techField, ServiceField serviceKind,
    boolean keyCoreTechnology, String ownerCode, String ownerName, DemandChannel channel, String enteredBy,
    OffsetDateTime submittedAt, DemandStatus status, Long mergedInto, String declineReason, String triagedBy,
    OffsetDateTime triagedAt, Long projectId, String projectResult) {

  private static final RecordCode CODE = new RecordCode("D");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }

  /** The demand id a code names, or null when the text is not a demand code. */
  public static Long idOf(String code) {
    return CODE.idOf(code);
  }
}
