package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The field checks at the edges of what they accept: the limits themselves pass, one past them does not. */
class FieldChecksBoundariesTest {

  @Test
  void linesAcceptTheFewestAndTheMostLinesAndRefuseOneFewerOrOneMore() {
    assertThat(lines("甲\n乙")).isEmpty();
    assertThat(lines("甲\n乙\n丙")).isEmpty();
    assertThat(lines("甲")).containsExactly(violation("“授旗领导”应填写2至3行，每行一项（当前1行）"));
    assertThat(lines("甲\n乙\n丙\n丁")).containsExactly(violation("“授旗领导”应填写2至3行，每行一项（当前4行）"));
  }

  @Test
  void linesAcceptALineOfTheLongestLengthAndNameTheLineThatIsLonger() {
    assertThat(lines("一二三四五\n甲")).isEmpty();
    assertThat(lines("甲\n一二三四五六")).containsExactly(violation("“授旗领导”第2行最多5个字（当前6个字）"));
  }

  @Test
  void optionalLinesSayOnlyTheMost() {
    List<FieldViolation> violations = new FieldChecks(values("甲\n乙\n丙\n丁")).lines("items", "授旗领导", 0, 3, 5)
        .violations();
    assertThat(violations).containsExactly(violation("“授旗领导”最多填写3行，每行一项（当前4行）"));
  }

  private static List<FieldViolation> lines(String text) {
    return new FieldChecks(values(text)).lines("items", "授旗领导", 2, 3, 5).violations();
  }

  private static FormValues values(String items) {
    return FormValues.of(Map.of("items", items));
  }

  private static FieldViolation violation(String message) {
    return new FieldViolation("items", message);
  }
}
