package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules a form states, applied by the server as form-js applies them in the browser. */
class FormSchemaTest {

  private static final FormSchema FORM = FormSchema.read(new ByteArrayInputStream("""
      {"id": "example", "components": [
        {"type": "radio", "key": "decision", "label": "结论", "validate": {"required": true},
         "values": [{"label": "同意", "value": "YES"}, {"label": "不同意", "value": "NO"}]},
        {"type": "textarea", "key": "reason", "label": "理由", "validate": {"required": true, "minLength": 5, "maxLength": 10},
         "conditional": {"hide": "=decision != \\"NO\\""}},
        {"type": "textfield", "key": "mobile", "label": "手机", "validate": {"pattern": "^1[3-9]\\\\d{9}$"}},
        {"type": "number", "key": "count", "label": "人数", "decimalDigits": 0, "validate": {"min": 1, "max": 9}},
        {"type": "checkbox", "key": "confirmed", "label": "确认", "validate": {"required": true}},
        {"type": "textfield", "key": "shown", "label": "只读", "readonly": true, "validate": {"required": true}},
        {"type": "textfield", "key": "host", "label": "主办单位", "disabled": true, "validate": {"required": true}},
        {"type": "taglist", "key": "codes", "label": "单位", "valuesKey": "codeOptions"},
        {"type": "dynamiclist", "path": "rows", "label": "明细（选填）", "components": [
          {"type": "textfield", "key": "name", "label": "名称", "validate": {"required": true}}]}
      ]}""".getBytes(StandardCharsets.UTF_8)));

  @Test
  void aSubmissionThatKeepsEveryRulePasses() {
    assertThat(FORM.violations(FormValues.of(valid()))).isEmpty();
  }

  @Test
  void eachRuleSaysWhatIsWrongWithTheFormsLabel() {
    Map<String, Object> form = valid();
    form.put("decision", "NO");
    form.put("reason", "太短");
    form.put("mobile", "12345");
    form.put("count", 1.5);
    form.put("confirmed", false);
    form.put("codes", List.of("A", "Z"));
    form.put("rows", List.of(Map.of("name", "甲"), Map.of()));

    assertThat(FORM.violations(FormValues.of(form))).extracting(FieldViolation::field, FieldViolation::message)
        .containsExactly(
            tuple("reason", "“理由”应为5至10个字（当前2个字）"),
            tuple("mobile", "“手机”格式不正确：请输入 11 位手机号码，例如 13812345678"),
            tuple("count", "“人数”应为1至9之间的整数"),
            tuple("confirmed", "请勾选“确认”"),
            tuple("codes", "“单位”中以下选项无效：Z，请从选项中选择"),
            tuple("name", "“明细”第2项：请填写“名称”"));
  }

  @Test
  void aHiddenFieldIsNotCheckedAsTheBrowserDoesNotCheckIt() {
    Map<String, Object> form = valid();
    form.put("reason", null);
    assertThat(FORM.violations(FormValues.of(form))).isEmpty();

    form.put("decision", "NO");
    assertThat(FORM.violations(FormValues.of(form))).extracting(FieldViolation::message).containsExactly("请填写“理由”");
  }

  @Test
  void aChoiceMustBeOneOfTheOptionsExactly() {
    Map<String, Object> form = valid();
    form.put("decision", "yes");
    assertThat(FORM.violations(FormValues.of(form))).extracting(FieldViolation::message)
        .containsExactly("“结论”的取值无效，请从选项中选择");
  }

  @Test
  void readOnlyAndDisabledFieldsAreTheServersAndAReadOnlyFieldCannotBeChanged() {
    Map<String, Object> form = valid();
    form.remove("shown");
    assertThat(FORM.violations(FormValues.of(form))).isEmpty();

    FormValues current = FormValues.of(Map.of("shown", "服务器写入的值"));
    assertThat(FORM.changedReadOnly(current, FormValues.of(Map.of("shown", " 服务器写入的值 ")))).isEmpty();
    assertThat(FORM.changedReadOnly(FormValues.of(Map.of("shown", 100)), FormValues.of(Map.of("shown", 100.0))))
        .isEmpty();
    assertThat(FORM.changedReadOnly(current, FormValues.of(Map.of("shown", "改过的值"))))
        .extracting(FieldViolation::message).containsExactly("“只读”为只读项，不能修改");
    assertThat(FORM.contract().submittableVariables()).contains("shown").doesNotContain("host");
  }

  private static Map<String, Object> valid() {
    Map<String, Object> form = new HashMap<>();
    form.put("decision", "YES");
    form.put("mobile", "13812345678");
    form.put("count", 3);
    form.put("confirmed", true);
    form.put("shown", "服务器写入的值");
    form.put("codeOptions", List.of(Map.of("label", "甲", "value", "A"), Map.of("label", "乙", "value", "B")));
    form.put("codes", List.of("A"));
    form.put("rows", List.of(Map.of("name", "甲")));
    return form;
  }
}
