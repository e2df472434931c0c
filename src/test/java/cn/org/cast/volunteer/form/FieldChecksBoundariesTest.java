package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
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

  @Test
  void anAmountIncludesItsMinimumAndExcludesItsMaximum() {
    assertThat(amount("0.01")).isEmpty();
    assertThat(amount("99.99")).isEmpty();
    assertThat(amount(new BigDecimal("1.5"))).isEmpty();
    String message = "“目标值”应为不小于0.01、小于100的数字";
    assertThat(amount("0")).containsExactly(new FieldViolation("target", message));
    assertThat(amount("100")).containsExactly(new FieldViolation("target", message));
    assertThat(amount("十")).containsExactly(new FieldViolation("target", message));
    assertThat(amount(" ")).isEmpty();
  }

  private static List<FieldViolation> lines(String text) {
    return new FieldChecks(values(text)).lines("items", "授旗领导", 2, 3, 5).violations();
  }

  private static List<FieldViolation> amount(Object value) {
    Map<String, Object> raw = new HashMap<>();
    raw.put("target", value);
    return new FieldChecks(FormValues.of(raw)).amount("target", "目标值", new BigDecimal("0.01"), new BigDecimal("100"))
        .violations();
  }

  private static FormValues values(String items) {
    return FormValues.of(Map.of("items", items));
  }

  private static FieldViolation violation(String message) {
    return new FieldViolation("items", message);
  }
}
