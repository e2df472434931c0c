package cn.org.cast.volunteer.platform;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.RecordCode;

/** A registered grassroots centre; its code (C and its number) is how a pairing request names it. */
public record Centre(long id, String name, CentreKind kind, String province, String countyCode, String countyName,
    String address, String contactName, String contactMobile, String registeredBy, OffsetDateTime registeredAt) {

  private static final RecordCode CODE = new RecordCode("C");

  public String code() {
    return code(id);
  }

  public static String code(long id) {
    return CODE.of(id);
  }

  /** The centre id a code names, or null when the text is not a centre code. */
  public static Long idOf(String code) {
    return CODE.idOf(code);
  }
}
