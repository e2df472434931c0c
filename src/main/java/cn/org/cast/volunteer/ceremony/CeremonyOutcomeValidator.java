package cn.org.cast.volunteer.ceremony;

import static cn.org.cast.volunteer.ceremony.SymposiumProcess.*;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of forms/ceremony-outcome.form (登记活动成效): each sub-venue's row keeps its code and
 * gives a web link if any; each flag exception names one recipient once and what happened.
 */
@Component
public class CeremonyOutcomeValidator implements FormValidator {

  public static final int SUMMARY_MIN = 10;
  public static final int SUMMARY_MAX = 4000;

  private static final List<String> EXCEPTIONS = Arrays.stream(FlagException.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return OUTCOME_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .maxLength(CEREMONY_MEDIA, "座谈会照片/视频链接", 1000)
        .required(CEREMONY_SUMMARY, "活动总结").length(CEREMONY_SUMMARY, "活动总结", SUMMARY_MIN, SUMMARY_MAX);
    checkVenues(values, checks);
    checkExceptions(values, checks);
    return checks.violations();
  }

  private static void checkVenues(FormValues values, FieldChecks checks) {
    List<FormValues> venues = values.list(VENUE_OUTCOMES);
    if (venues == null) {
      checks.check(false, VENUE_OUTCOMES, "“分会场”的取值无效，请刷新页面后重新填写");
      return;
    }
    for (int i = 0; i < venues.size(); i++) {
      FormValues venue = venues.get(i);
      String name = venue.text(OUTCOME_VENUE_NAME);
      String entry = name == null ? "第" + (i + 1) + "个分会场：" : "分会场“" + name + "”：";
      checks.entry(venue, entry)
          .required(OUTCOME_VENUE_CODE, "分会场编号")
          .bool(OUTCOME_HELD, "已举行")
          .maxLength(OUTCOME_MEDIA, "照片/视频链接", 500).webAddress(OUTCOME_MEDIA, "照片/视频链接");
    }
  }

  private static void checkExceptions(FormValues values, FieldChecks checks) {
    List<FormValues> exceptions = values.list(FLAG_EXCEPTIONS);
    if (exceptions == null) {
      checks.check(false, FLAG_EXCEPTIONS, "“授旗情况例外”的取值无效，请刷新页面后重新填写");
      return;
    }
    Set<String> recipients = new HashSet<>();
    for (int i = 0; i < exceptions.size(); i++) {
      FormValues exception = exceptions.get(i);
      String recipient = exception.text(EXCEPTION_RECIPIENT);
      checks.entry(exception, "第" + (i + 1) + "项授旗例外：")
          .required(EXCEPTION_RECIPIENT, "受旗单位")
          .check(recipient == null || recipients.add(recipient), EXCEPTION_RECIPIENT,
              "该受旗单位已在前面登记过，每个受旗单位只需登记一项")
          .required(EXCEPTION_KIND, "例外情况").oneOf(EXCEPTION_KIND, "例外情况", EXCEPTIONS);
    }
  }
}
