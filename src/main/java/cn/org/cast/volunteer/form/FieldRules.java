package cn.org.cast.volunteer.form;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelException;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Applies the rules a form states to submitted values, with the messages users have always read: the field's
 * label from the form, what is wrong, and how to put it right. The patterns are said in the same words as
 * in Tasklist ({@link PatternWords}).
 */
final class FieldRules {

  /** The same FEEL engine the process engine uses; form-js writes its hide conditions in FEEL. */
  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private FieldRules() {}

  static void check(List<FormField> fields, FormValues root, FormValues values, String prefix, Registry registry,
      List<FieldViolation> violations) {
    for (FormField field : fields) {
      if (field.submits() && !field.readonly() && !hidden(field, root, values)) {
        checkField(field, root, values, prefix, registry, violations);
      }
    }
  }

  /** "“分会场”第2项：" – the list's label without the explanation in brackets some labels carry. */
  static String entryPrefix(String label, int index) {
    int explanation = label.indexOf('（');
    return "“" + (explanation > 0 ? label.substring(0, explanation) : label) + "”第" + (index + 1) + "项：";
  }

  private static void checkField(FormField field, FormValues root, FormValues values, String prefix,
      Registry registry, List<FieldViolation> violations) {
    String key = field.key();
    String label = "“" + field.label() + "”";
    Rejections out = message -> violations.add(new FieldViolation(key, prefix + message));
    if (field.isList()) {
      List<FormValues> entries = values.list(key);
      if (entries == null) {
        out.add(label + "的取值无效，请刷新页面后重新填写");
        return;
      }
      for (int i = 0; i < entries.size(); i++) {
        check(field.entryFields(), root, entries.get(i), prefix + entryPrefix(field.label(), i), registry, violations);
      }
      return;
    }
    if ("checkbox".equals(field.type())) {
      checkbox(field, values.raw(key), label, out);
      return;
    }
    if (field.isMultiple()) {
      List<String> chosen = values.strings(key);
      if (field.required() && (chosen == null || chosen.isEmpty())) {
        out.add("请填写" + label);
      } else if (chosen == null) {
        out.add(label + "的取值无效，请从选项中选择");
      } else {
        Collection<String> unknown = field.registryOptions() ? registry.unknown(chosen)
            : chosen.stream().filter(choice -> !allowed(field, root, values, choice)).toList();
        if (!unknown.isEmpty()) {
          out.add(label + "中以下选项无效：" + String.join("、", unknown) + "，请从选项中选择");
        }
      }
      return;
    }
    String text = values.text(key);
    if (text == null) {
      if (field.required()) {
        out.add("请填写" + label);
      }
      return;
    }
    if (field.hasOptions()) {
      if (field.registryOptions() ? !registry.unknown(List.of(text)).isEmpty()
          : !allowed(field, root, values, values.raw(key))) {
        out.add(label + "的取值无效，请从选项中选择");
      }
      return;
    }
    switch (field.type()) {
      case "number" -> number(field, values.decimal(key), label, out);
      case "datetime" -> dateOrTime(field, values, label, out);
      default -> text(field, text, label, out);
    }
  }

  private interface Rejections {
    void add(String message);
  }

  private static void checkbox(FormField field, Object value, String label, Rejections out) {
    if (value != null && !(value instanceof Boolean)) {
      out.add(label + "的取值无效，请勾选或取消勾选");
    } else if (field.required() && !Boolean.TRUE.equals(value)) {
      out.add("请勾选" + label);
    }
  }

  private static void text(FormField field, String text, String label, Rejections out) {
    int length = text.codePointCount(0, text.length());
    Integer min = field.minLength();
    Integer max = field.maxLength();
    if (min != null && max != null && (length < min || length > max)) {
      out.add(label + "应为" + min + "至" + max + "个字（当前" + length + "个字）");
    } else if (min != null && length < min) {
      out.add(label + "至少" + min + "个字（当前" + length + "个字）");
    } else if (max != null && length > max) {
      out.add(label + "最多" + max + "个字（当前" + length + "个字）");
    }
    // form-js tests a pattern as JavaScript's RegExp.test does: anywhere in the value, anchors are the form's.
    if (field.pattern() != null && !field.pattern().matcher(text).find()) {
      out.add(label + "格式不正确：" + PatternWords.of(field.pattern().pattern()));
    }
  }

  private static void number(FormField field, BigDecimal number, String label, Rejections out) {
    boolean whole = Integer.valueOf(0).equals(field.decimalDigits());
    String kind = whole ? "整数" : "数字";
    BigDecimal min = field.min();
    BigDecimal max = field.max();
    boolean fits = number != null && (!whole || number.stripTrailingZeros().scale() <= 0)
        && (field.decimalDigits() == null || number.stripTrailingZeros().scale() <= field.decimalDigits())
        && (min == null || number.compareTo(min) >= 0) && (max == null || number.compareTo(max) <= 0);
    if (fits) {
      return;
    }
    if (min != null && max != null) {
      out.add(label + "应为" + plain(min) + "至" + plain(max) + "之间的" + kind);
    } else if (min != null) {
      out.add(label + "应为不小于" + plain(min) + "的" + kind);
    } else if (max != null) {
      out.add(label + "应为不大于" + plain(max) + "的" + kind);
    } else {
      out.add(label + "应为" + kind);
    }
    if (number != null && !whole && field.decimalDigits() != null
        && number.stripTrailingZeros().scale() > field.decimalDigits()) {
      out.add(label + "最多保留" + field.decimalDigits() + "位小数");
    }
  }

  private static void dateOrTime(FormField field, FormValues values, String label, Rejections out) {
    String key = field.key();
    if ("date".equals(field.subtype()) && values.date(key) == null) {
      out.add(label + "应为有效日期，格式如 2019-05-10");
    } else if ("time".equals(field.subtype()) && !FieldChecks.TIME.matcher(values.text(key)).matches()) {
      out.add(label + "应为有效时间（24小时制），格式如 09:30");
    }
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  /** One of the form's options, or of the options a variable holds (valuesKey: {value, label} or plain values). */
  private static boolean allowed(FormField field, FormValues root, FormValues values, Object choice) {
    if (field.optionsKey() == null) {
      return field.options().contains(choice);
    }
    Object options = values.has(field.optionsKey()) ? values.raw(field.optionsKey()) : root.raw(field.optionsKey());
    if (!(options instanceof List<?> list)) {
      return true; // the options are not known here: the service that reads the choice checks it
    }
    return list.stream().anyMatch(option -> choice != null
        && choice.equals(option instanceof Map<?, ?> map ? map.get("value") : option));
  }

  /**
   * Whether a hide condition of the field or of a group it is in holds. A condition that cannot be
   * evaluated hides nothing, so that the field is checked rather than let through.
   */
  private static boolean hidden(FormField field, FormValues root, FormValues values) {
    if (field.hiddenWhen().isEmpty()) {
      return false;
    }
    Map<String, Object> context = new HashMap<>(root.asMap());
    context.putAll(values.asMap());
    for (String condition : field.hiddenWhen()) {
      try {
        if (Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(condition,
            Variables.fromMap(context).asVariableContext()))) {
          return true;
        }
      } catch (FeelException unknown) {
        // not hidden
      }
    }
    return false;
  }
}
