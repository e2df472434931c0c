package cn.org.cast.volunteer.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.ceremony.CeremonyOutcomeValidator;
import cn.org.cast.volunteer.ceremony.RunningOrderValidator;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormSchema;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.plan.PlanSubmissionValidator;
import cn.org.cast.volunteer.review.PlanReviewValidator;
import cn.org.cast.volunteer.venue.GoNoGoValidator;

/**
 * Whatever a client sends, a form's rules answer with reasons in Chinese and never fail themselves:
 * random and hostile values of any type, under the form's own field names and others.
 */
class FormRulesUnderHostileInputTest {

  static final int SUBMISSIONS = 5000;
  static final List<String> FORMS = List.of("plan-submission", "plan-review", "representative-confirmation",
      "running-order", "ceremony-outcome", "venue-registration", "rehearsal-schedule", "rehearsal-slot-confirmation",
      "rehearsal-result", "failed-venue-decision", "go-no-go", "recorded-video", "live-control");
  /** The forms' rules in Java, where a form has some besides its own. */
  static final Map<String, FormValidator> JAVA_RULES = Map.of("plan-submission", new PlanSubmissionValidator(),
      "plan-review", new PlanReviewValidator(), "running-order", new RunningOrderValidator(),
      "ceremony-outcome", new CeremonyOutcomeValidator(), "go-no-go", new GoNoGoValidator());

  @Test
  void rulesAnswerAnyInputWithChineseReasonsAndNeverFail() {
    HostileInput hostile = new HostileInput();
    for (int i = 0; i < SUBMISSIONS; i++) {
      String name = hostile.pick(FORMS);
      FormSchema form = FormFiles.schema(name);
      Map<String, Object> submitted = hostile.submission(form.fieldKeys());
      List<FieldViolation> violations;
      try {
        violations = FormFiles.violations(name, JAVA_RULES.get(name), submitted);
      } catch (RuntimeException failure) {
        throw new AssertionError(name + " failed on " + submitted.keySet() + " (seed " + hostile.seed()
            + ", submission " + i + ")", failure);
      }
      assertThat(violations).as("%s, seed %d, submission %d", name, hostile.seed(), i)
          .allSatisfy(v -> assertThat(v.message()).containsPattern("\\p{IsHan}"));
    }
  }
}
