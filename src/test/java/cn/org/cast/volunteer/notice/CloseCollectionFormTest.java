package cn.org.cast.volunteer.notice;

import static cn.org.cast.volunteer.notice.CampaignProcess.CLOSE_CONFIRMED;
import static cn.org.cast.volunteer.notice.CampaignProcess.CLOSE_REASON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;

class CloseCollectionFormTest {

  private static final String REASON = "所有单位均已报送方案";

  @Test
  void confirmedWithReasonPasses() {
    assertThat(validate(true, REASON)).isEmpty();
  }

  @Test
  void missingConfirmationFails() {
    assertSingleViolation(validate(null, REASON), CLOSE_CONFIRMED, "“确认提前结束方案征集”");
  }

  @Test
  void unconfirmedFails() {
    assertSingleViolation(validate(false, REASON), CLOSE_CONFIRMED, "“确认提前结束方案征集”");
  }

  @Test
  void missingReasonFails() {
    assertSingleViolation(validate(true, null), CLOSE_REASON, "请填写“提前结束的原因”");
  }

  @Test
  void reasonOfFourCharactersFails() {
    assertSingleViolation(validate(true, "已经够了"), CLOSE_REASON, "“提前结束的原因”应为5至500个字");
  }

  @Test
  void reasonOf501CharactersFails() {
    assertSingleViolation(validate(true, "因".repeat(501)), CLOSE_REASON, "“提前结束的原因”应为5至500个字");
  }

  private List<FieldViolation> validate(Boolean confirmed, String reason) {
    Map<String, Object> form = new HashMap<>();
    form.put(CLOSE_CONFIRMED, confirmed);
    form.put(CLOSE_REASON, reason);
    return FormFiles.violations("close-collection", null, form);
  }

  private static void assertSingleViolation(List<FieldViolation> violations, String field, String fragment) {
    assertThat(violations).singleElement().satisfies(violation -> {
      assertThat(violation.field()).isEqualTo(field);
      assertThat(violation.message()).contains(fragment).containsPattern("\\p{IsHan}");
    });
  }
}
