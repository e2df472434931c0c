package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.REVIEW_COMMENT;
import static cn.org.cast.volunteer.plan.PlanProcess.REVIEW_DECISION;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;

class PlanReviewValidatorTest {

  private final PlanReviewValidator validator = new PlanReviewValidator();

  @Test
  void approveWithoutCommentPasses() {
    assertThat(validate("APPROVE", null)).isEmpty();
  }

  @ParameterizedTest(name = "{0} with a comment passes")
  @ValueSource(strings = {"APPROVE", "RETURN", "REJECT"})
  void decisionWithCommentPasses(String decision) {
    assertThat(validate(decision, "请补充志愿服务队的人员构成。")).isEmpty();
  }

  @ParameterizedTest(name = "{0} without comment fails")
  @ValueSource(strings = {"RETURN", "REJECT"})
  void returnOrRejectWithoutCommentFails(String decision) {
    assertSingleViolation(validate(decision, null), REVIEW_COMMENT, "请填写“审核意见");
  }

  @Test
  void paddedDecisionIsNotAnOption() {
    assertSingleViolation(validate(" APPROVE ", null), REVIEW_DECISION, "“审核结论”");
  }

  @Test
  void returnWithBlankCommentFails() {
    assertSingleViolation(validate("RETURN", "   "), REVIEW_COMMENT, "请填写“审核意见");
  }

  @Test
  void returnWithFourCharacterCommentFails() {
    assertSingleViolation(validate("RETURN", "内容不全"), REVIEW_COMMENT, "“审核意见”至少5个字");
  }

  @Test
  void returnWithFiveCharacterCommentPasses() {
    assertThat(validate("RETURN", "内容不完整")).isEmpty();
  }

  @Test
  void unknownDecisionFails() {
    assertSingleViolation(validate("MAYBE", "请补充志愿服务队的人员构成。"), REVIEW_DECISION, "“审核结论”");
  }

  @Test
  void missingDecisionFails() {
    assertSingleViolation(validate(null, null), REVIEW_DECISION, "请填写“审核结论”");
  }

  @Test
  void approveWithCommentOf2001CharactersFails() {
    assertSingleViolation(validate("APPROVE", "意".repeat(2001)), REVIEW_COMMENT, "“审核意见”");
  }

  @Test
  void returnWithCommentOf2001CharactersFailsOnce() {
    assertSingleViolation(validate("RETURN", "意".repeat(2001)), REVIEW_COMMENT, "“审核意见”");
  }

  @Test
  void commentOf2000CharactersPasses() {
    assertThat(validate("RETURN", "意".repeat(2000))).isEmpty();
  }

  private List<FieldViolation> validate(String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(REVIEW_DECISION, decision);
    form.put(REVIEW_COMMENT, comment);
    return FormFiles.violations("plan-review", validator, FormValues.of(form));
  }

  private static void assertSingleViolation(List<FieldViolation> violations, String field, String fragment) {
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(fragment).containsPattern("\\p{IsHan}");
    });
  }
}
