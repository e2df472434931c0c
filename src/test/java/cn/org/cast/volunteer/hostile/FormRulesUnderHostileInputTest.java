package cn.org.cast.volunteer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.ceremony.CeremonyOutcomeValidator;
import cn.org.cast.volunteer.ceremony.RepresentativeConfirmationValidator;
import cn.org.cast.volunteer.ceremony.RunningOrderValidator;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.plan.PlanSubmissionValidator;
import cn.org.cast.volunteer.review.PlanReviewValidator;
import cn.org.cast.volunteer.venue.FailedVenueValidator;
import cn.org.cast.volunteer.venue.GoNoGoValidator;
import cn.org.cast.volunteer.venue.LiveControlValidator;
import cn.org.cast.volunteer.venue.RecordedVideoValidator;
import cn.org.cast.volunteer.venue.RehearsalResultValidator;
import cn.org.cast.volunteer.venue.RehearsalScheduleValidator;
import cn.org.cast.volunteer.venue.RehearsalSlotValidator;
import cn.org.cast.volunteer.venue.VenueRegistrationValidator;

/**
 * Whatever a client sends, a form's rules answer with reasons in Chinese and never fail themselves:
 * random and hostile values of any type, under the form's own field names and others.
 */
class FormRulesUnderHostileInputTest {

  static final int SUBMISSIONS = 5000;
  static final List<FormValidator> VALIDATORS = List.of(new PlanSubmissionValidator(), new PlanReviewValidator(),
      new RepresentativeConfirmationValidator(), new RunningOrderValidator(), new CeremonyOutcomeValidator(),
      new VenueRegistrationValidator(), new RehearsalScheduleValidator(), new RehearsalSlotValidator(),
      new RehearsalResultValidator(), new FailedVenueValidator(), new GoNoGoValidator(), new RecordedVideoValidator(),
      new LiveControlValidator());

  @Test
  void rulesAnswerAnyInputWithChineseReasonsAndNeverFail() {
    HostileInput hostile = new HostileInput();
    for (int i = 0; i < SUBMISSIONS; i++) {
      FormValidator validator = hostile.pick(VALIDATORS);
      // The field names a validator looks at are those it complains about on an empty form.
      List<String> fields = validator.validate(FormValues.of(Map.of())).stream().map(FieldViolation::field).toList();
      Map<String, Object> submitted = hostile.submission(fields);
      List<FieldViolation> violations;
      try {
        violations = validator.validate(FormValues.of(submitted));
      } catch (RuntimeException failure) {
        throw new AssertionError(validator.formId() + " failed on " + submitted.keySet() + " (seed " + hostile.seed()
            + ", submission " + i + ")", failure);
      }
      assertThat(violations).as("%s, seed %d, submission %d", validator.formId(), hostile.seed(), i)
          .allSatisfy(v -> assertThat(v.message()).containsPattern("\\p{IsHan}"));
    }
  }
}
