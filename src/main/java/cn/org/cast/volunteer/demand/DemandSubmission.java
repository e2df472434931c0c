package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * A demand as the public form or the staff's entry form submitted it, checked against forms/demand-entry.form
 * ({@link cn.org.cast.volunteer.form.FormRules}).
 */
record DemandSubmission(String title, String description, SubmitterKind submitterKind, String submitterName,
    String contactName, String contactMobile, String region, TechField techField, ServiceField serviceKind,
    boolean keyCoreTechnology) {

  public static DemandSubmission of(FormValues values) {
    return new DemandSubmission(values.text(TITLE), values.text(DESCRIPTION),
        SubmitterKind.valueOf(values.text(SUBMITTER_KIND)), values.text(SUBMITTER_NAME), values.text(CONTACT_NAME),
        values.text(CONTACT_MOBILE), values.text(REGION), TechField.valueOf(values.text(TECH_FIELD)),
        ServiceField.valueOf(values.text(SERVICE_KIND)), Boolean.TRUE.equals(values.raw(KEY_CORE)));
  }
}
