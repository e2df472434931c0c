package cn.org.cast.volunteer.demand;

import java.time.OffsetDateTime;

/**
 * A demand as the library shows it to one reader: labels in Chinese, and the contact masked unless the
 * reader's organisation owns the demand or the reader is one of CAST's organisers.
 */
record LibraryEntry(String code, String title, String description, String submitterKind, String submitterName,
    String contactName, String contactMobile, boolean contactShown, String region, String techField,
    String serviceKind, boolean keyCoreTechnology, String ownerCode, String ownerName, String channel,
    OffsetDateTime submittedAt, String status, String statusLabel, String mergedInto, String declineReason,
    Long projectId, String projectResult) {

  static LibraryEntry of(Demand demand, boolean contactShown) {
    return new LibraryEntry(demand.code(), demand.title(), demand.description(), demand.submitterKind().label(),
        demand.submitterName(), contactShown ? demand.contactName() : maskName(demand.contactName()),
        contactShown ? demand.contactMobile() : maskMobile(demand.contactMobile()), contactShown, demand.region(),
        demand.techField().label(), demand.serviceKind().label(), demand.keyCoreTechnology(), demand.ownerCode(),
        demand.ownerName(), demand.channel().label(), demand.submittedAt(), demand.status().name(),
        demand.status().label(), demand.mergedInto() == null ? null : Demand.code(demand.mergedInto()),
        demand.declineReason(), demand.projectId(), demand.projectResult());
  }

  /** The surname only: 张** for 张小明. */
  static String maskName(String name) {
    int length = name.codePointCount(0, name.length());
    return name.substring(0, name.offsetByCodePoints(0, 1)) + "*".repeat(Math.max(1, length - 1));
  }

  /** The network prefix and the last four digits: 138****5678. */
  static String maskMobile(String mobile) {
    return mobile.length() < 8 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
  }
}
