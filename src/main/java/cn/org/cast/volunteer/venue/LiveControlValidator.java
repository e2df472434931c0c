package cn.org.cast.volunteer.venue;

import static cn.org.cast.volunteer.venue.LinkupProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/live-control.form (分会场直播控制): a known signal, and for a dropped picture
 * what the main venue shows instead. Whether the signal fits the venue's state is checked where it
 * is applied, for this form and the AV console alike.
 */
@Component
public class LiveControlValidator implements FormValidator {

  @Override
  public String formId() {
    return LIVE_CONTROL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(LIVE_SIGNAL, "直播信号")
        .oneOf(LIVE_SIGNAL, "直播信号", Arrays.stream(LiveSignal.values()).map(Enum::name).toList());
    if (LiveSignal.DROPPED.name().equals(values.raw(LIVE_SIGNAL))) {
      checks.required(FALLBACK_MODE, "备播方式")
          .oneOf(FALLBACK_MODE, "备播方式", Arrays.stream(FallbackMode.values()).map(Enum::name).toList());
    }
    return checks.violations();
  }
}
