package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 申请与基层服务阵地结对 (forms/pairing-request.form) cannot say itself: the pairing ends after it starts
 * and within {@value #MAX_YEARS} years; whether the centre and the team exist and may pair is the service's
 * to check ({@link PairingService#register}).
 */
@Component
class PairingRequestValidator implements FormValidator {

  static final int MAX_YEARS = 5;

  @Override
  public String formId() {
    return REQUEST_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    LocalDate starts = values.date(STARTS_ON);
    LocalDate ends = values.date(ENDS_ON);
    if (starts != null && ends != null) {
      checks.check(ends.isAfter(starts), ENDS_ON, "“结对结束日期”应晚于开始日期")
          .check(!ends.isAfter(starts.plusYears(MAX_YEARS)), ENDS_ON, "结对期限最长" + MAX_YEARS + "年，期满后可再次申请");
    }
    return checks.violations();
  }
}
