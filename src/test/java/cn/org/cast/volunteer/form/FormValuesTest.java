package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormValuesTest {

  private static FormValues single(String key, Object value) {
    Map<String, Object> raw = new HashMap<>();
    raw.put(key, value);
    return FormValues.of(raw);
  }

  @Test
  void textIsTrimmed() {
    assertThat(single("name", "  张三 \n").text("name")).isEqualTo("张三");
  }

  @ParameterizedTest(name = "blank text \"{0}\" reads as null")
  @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
  void blankTextIsNull(String blank) {
    FormValues values = single("name", blank);
    assertThat(values.text("name")).isNull();
  }

  @Test
  void absentTextIsNull() {
    assertThat(FormValues.of(Map.of()).text("name")).isNull();
  }

  @Test
  void integerFromIntegerLongAndWholeDouble() {
    assertThat(single("n", 7).integer("n")).isEqualTo(7);
    assertThat(single("n", 8L).integer("n")).isEqualTo(8);
    assertThat(single("n", 3.0).integer("n")).isEqualTo(3);
  }

  @Test
  void integerFromNumericText() {
    assertThat(single("n", "12").integer("n")).isEqualTo(12);
    assertThat(single("n", " 12 ").integer("n")).isEqualTo(12);
  }

  @Test
  void integerFromNonNumericOrFractionalIsNull() {
    assertThat(single("n", "x").integer("n")).isNull();
    assertThat(single("n", 3.5).integer("n")).isNull();
    assertThat(single("n", "3.5").integer("n")).isNull();
    assertThat(FormValues.of(Map.of()).integer("n")).isNull();
  }

  @Test
  void integerOutsideIntRangeIsNotWrappedAround() {
    // 2^32 + 1 must not read as 1 (Jackson hands numbers beyond int over as Long).
    assertThat(single("n", 4_294_967_297L).integer("n")).isNull();
  }

  @Test
  void listOfMapsFromSpinJsonNodeAsTheEngineHandsItOver() {
    JsonValue typed = SpinValues.jsonValue("[{\"teamName\":\"服务队\",\"memberCount\":12}]").create();
    SpinJsonNode node = typed.getValue();

    List<FormValues> teams = single("volunteerTeams", node).list("volunteerTeams");

    assertThat(teams).hasSize(1);
    assertThat(teams.get(0).text("teamName")).isEqualTo("服务队");
    assertThat(teams.get(0).integer("memberCount")).isEqualTo(12);
  }

  @Test
  void listOfMapsFromPlainJavaValues() {
    List<FormValues> teams = single("volunteerTeams", List.of(Map.of("teamName", "服务队"))).list("volunteerTeams");

    assertThat(teams).singleElement().satisfies(team -> assertThat(team.text("teamName")).isEqualTo("服务队"));
  }

  @Test
  void listIsEmptyWhenAbsentAndNullWhenNotAListOfObjects() {
    assertThat(FormValues.of(Map.of()).list("teams")).isEmpty();
    assertThat(single("teams", "服务队").list("teams")).isNull();
    assertThat(single("teams", List.of("服务队")).list("teams")).isNull();
  }

  @Test
  void stringsOfAListOfStrings() {
    assertThat(single("codes", List.of("N006", "P110000")).strings("codes")).containsExactly("N006", "P110000");
    assertThat(single("codes", org.camunda.spin.Spin.JSON("[\"N006\"]")).strings("codes")).containsExactly("N006");
    assertThat(FormValues.of(Map.of()).strings("codes")).isEmpty();
  }

  @Test
  void stringsRejectsListsOfNonStringsAndNonLists() {
    assertThat(single("codes", List.of(1, 2)).strings("codes")).isNull();
    assertThat(single("codes", List.of(Map.of("code", "N006"))).strings("codes")).isNull();
    assertThat(single("codes", "N006").strings("codes")).isNull();
  }

  @Test
  void dateParsesIsoDate() {
    assertThat(single("d", "2019-05-10").date("d")).isEqualTo(LocalDate.of(2019, 5, 10));
    assertThat(single("d", " 2019-05-10 ").date("d")).isEqualTo(LocalDate.of(2019, 5, 10));
  }

  @ParameterizedTest(name = "\"{0}\" is not a yyyy-MM-dd date")
  @ValueSource(strings = {"2019/05/10", "2019-5-10", "10.05.2019", "2019-05-10T00:00", "2019-02-30", "20190510", "x"})
  void dateRejectsOtherFormats(String text) {
    assertThat(single("d", text).date("d")).isNull();
  }

  @Test
  void overlayReplacesValuesWithoutChangingTheOriginal() {
    FormValues current = single("name", "旧");
    FormValues merged = current.overlay(Map.of("name", "新"));

    assertThat(merged.text("name")).isEqualTo("新");
    assertThat(current.text("name")).isEqualTo("旧");
  }
}
