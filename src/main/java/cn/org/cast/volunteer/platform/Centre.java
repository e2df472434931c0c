package cn.org.cast.volunteer.platform;

import java.time.OffsetDateTime;
import java.util.Locale;

/** A registered grassroots centre; its code (C and its number) is how a pairing request names it. */
public record Centre(long id, String name, CentreKind kind, String province, String countyCode, String countyName,
    String address, String contactName, String contactMobile, String registeredBy, OffsetDateTime registeredAt) {

  private static final String CODE_PREFIX = "C";

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE_PREFIX + id;
  }

  /** The centre id a code names, or null when the text is not a centre code. */
  public static Long idOf(String code) {
    String trimmed = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    return trimmed.matches(CODE_PREFIX + "\\d{1,12}") ? Long.valueOf(trimmed.substring(CODE_PREFIX.length())) : null;
  }
}
