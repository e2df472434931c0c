package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of forms/plan-score.form: points on every criterion of the rubric, within its scale. */
@Component
public class ScoreValidator implements FormValidator {

  private final ScoringService scoring;

  public ScoreValidator(ScoringService scoring) {
    this.scoring = scoring;
  }

  @Override
  public String formId() {
    return SCORE_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    for (Rubric.Criterion criterion : scoring.rubric().criteria()) {
      String key = POINTS_PREFIX + criterion.code();
      checks.required(key, criterion.name()).range(key, criterion.name(), 0, criterion.maxPoints());
    }
    return checks.maxLength(SCORE_COMMENT, "评分意见", 1000).violations();
  }
}
