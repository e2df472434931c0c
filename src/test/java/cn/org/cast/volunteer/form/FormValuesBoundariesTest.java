package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Reading submitted values at the edges: the ends of the int range, numbers, JSON text, values kept as they are. */
class FormValuesBoundariesTest {

  @Test
  void theEndsOfTheIntRangeAreWholeNumbersAndOnePastThemIsNot() {
    assertThat(single((long) Integer.MAX_VALUE).integer("n")).isEqualTo(Integer.MAX_VALUE);
    assertThat(single((long) Integer.MIN_VALUE).integer("n")).isEqualTo(Integer.MIN_VALUE);
    assertThat(single(Integer.MAX_VALUE + 1L).integer("n")).isNull();
    assertThat(single(Integer.MIN_VALUE - 1L).integer("n")).isNull();
  }

  @Test
  void aDecimalIsReadFromANumberOrItsTextAndIsNullOtherwise() {
    assertThat(single(12.5).decimal("n")).isEqualByComparingTo("12.5");
    assertThat(single(" 0.01 ").decimal("n")).isEqualTo(new BigDecimal("0.01"));
    assertThat(single("十二").decimal("n")).isNull();
    assertThat(FormValues.of(Map.of()).decimal("n")).isNull();
  }

  @Test
  void valuesOtherThanListsAndObjectsAreKeptAsTheyAre() {
    Date due = Date.from(Instant.parse("2019-05-10T15:59:59Z"));
    assertThat(single(due).raw("n")).isSameAs(due);
  }

  @Test
  void jsonTextIsReadAsValuesAndOtherTextIsKept() {
    assertThat(FormValues.parse("[{\"name\":\"甲\"}]")).isEqualTo(List.of(Map.of("name", "甲")));
    assertThat(FormValues.parse("不是JSON")).isEqualTo("不是JSON");
  }

  private static FormValues single(Object value) {
    return FormValues.of(Map.of("n", value));
  }
}
