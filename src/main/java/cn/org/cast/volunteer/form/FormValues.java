package cn.org.cast.volunteer.form;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The values of a form submission as plain Java values (String, Boolean, Number, List, Map),
 * whether they come from the engine (Spin JSON for dynamic lists) or from a REST request body.
 */
public final class FormValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Object> values;

  private FormValues(Map<String, Object> values) {
    this.values = values;
  }

  public static FormValues of(Map<String, ?> raw) {
    Map<String, Object> plain = new LinkedHashMap<>();
    raw.forEach((key, value) -> plain.put(key, plain(value)));
    return new FormValues(plain);
  }

  /** Over the map itself rather than a copy: lets a check see which variables a rule reads. */
  static FormValues over(Map<String, Object> values) {
    return new FormValues(values);
  }

  public boolean has(String key) {
    return values.get(key) != null;
  }

  /** Trimmed text, or null when absent or blank. */
  public String text(String key) {
    Object value = values.get(key);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }

  /** A whole number within int range, or null when absent, fractional, too large or not a number. */
  public Integer integer(String key) {
    Object value = values.get(key);
    if (value instanceof Number number) {
      double exact = number.doubleValue();
      boolean whole = exact == Math.rint(exact) && exact >= Integer.MIN_VALUE && exact <= Integer.MAX_VALUE;
      return whole ? number.intValue() : null;
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A number (a number field submits one; text is read too), or null when absent or not a number. */
  public BigDecimal decimal(String key) {
    String text = text(key);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The value exactly as submitted, for choices that must match an option without any trimming. */
  public Object raw(String key) {
    return values.get(key);
  }

  /** An ISO date (yyyy-MM-dd, what a date field submits), or null when absent or not a date. */
  public LocalDate date(String key) {
    String text = text(key);
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The strings of a multi-select (taglist); a value that is not a list of strings reads as null. */
  public List<String> strings(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items) || !items.stream().allMatch(String.class::isInstance)) {
      return null;
    }
    return items.stream().map(String.class::cast).toList();
  }

  /** The entries of a dynamic list; a value that is not a list of objects reads as null. */
  @SuppressWarnings("unchecked")
  public List<FormValues> list(String key) {
    Object value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> items) || !items.stream().allMatch(Map.class::isInstance)) {
      return null;
    }
    return items.stream().map(item -> new FormValues((Map<String, Object>) item)).toList();
  }

  public Map<String, Object> asMap() {
    return values;
  }

  private static Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      return parse(node.toString());
    }
    if (value instanceof Map<?, ?> || value instanceof List<?>) {
      return JSON.convertValue(value, Object.class);
    }
    return value;
  }

  static Object parse(String json) {
    try {
      return JSON.readValue(json, Object.class);
    } catch (JsonProcessingException e) {
      return json;
    }
  }

  /** Copies so that callers can overlay one submission on the values a task already has. */
  public FormValues overlay(Map<String, ?> submitted) {
    Map<String, Object> merged = new LinkedHashMap<>(values);
    submitted.forEach((key, value) -> merged.put(key, plain(value)));
    return new FormValues(merged);
  }
}
