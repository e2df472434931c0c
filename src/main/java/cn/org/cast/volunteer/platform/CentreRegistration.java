package cn.org.cast.volunteer.platform;

/** A centre as its registration form gave it, checked by {@link CentreService#register}. */
public record CentreRegistration(String name, CentreKind kind, String province, String countyCode, String countyName,
    String address, String contactName, String contactMobile) {}
