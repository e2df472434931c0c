package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.time.LocalDate;

import cn.org.cast.volunteer.form.FormValues;

/** A request to pair with a centre, as its form submitted it (checked by {@link PairingRequestValidator}). */
record PairingRequest(String centreCode, PairingParty party, String teamCode, String content, String contactName,
    String contactMobile, LocalDate startsOn, LocalDate endsOn) {

  public static PairingRequest of(FormValues values) {
    PairingParty party = PairingParty.valueOf(values.text(PARTY));
    return new PairingRequest(values.text(CENTRE_CODE), party, party == PairingParty.TEAM ? values.text(TEAM_CODE) : null,
        values.text(CONTENT), values.text(CONTACT_NAME), values.text(CONTACT_MOBILE), values.date(STARTS_ON),
        values.date(ENDS_ON));
  }
}
