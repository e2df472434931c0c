package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What forms/ceremony-outcome.form (登记活动成效) cannot say itself: each sub-venue's row keeps the code the
 * server listed it with, and each flag exception names its recipient once.
 */
@Component
public class CeremonyOutcomeValidator implements FormValidator {

  @Override
  public String formId() {
    return OUTCOME_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    List<FormValues> venues = values.list(VENUE_OUTCOMES);
    for (int i = 0; venues != null && i < venues.size(); i++) {
      checks.entry(venues.get(i), "各分会场", i).required(OUTCOME_VENUE_CODE, "分会场编号");
    }
    List<FormValues> exceptions = values.list(FLAG_EXCEPTIONS);
    Set<String> recipients = new HashSet<>();
    for (int i = 0; exceptions != null && i < exceptions.size(); i++) {
      String recipient = exceptions.get(i).text(EXCEPTION_RECIPIENT);
      checks.entry(exceptions.get(i), "授旗情况例外", i).check(recipient == null || recipients.add(recipient),
          EXCEPTION_RECIPIENT, "该受旗单位已在前面登记过，每个受旗单位只需登记一项");
    }
    return checks.violations();
  }
}
