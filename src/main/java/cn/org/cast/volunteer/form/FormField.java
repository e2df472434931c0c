package cn.org.cast.volunteer.form;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One field of a Camunda Form with the rules the form itself states (form-js schema): required, length,
 * pattern, number range, options, and when it is hidden. A dynamic list is a field whose entries have
 * fields of their own.
 */
record FormField(String key, String label, String type, String subtype, boolean submits, boolean readonly,
    boolean required, Integer minLength, Integer maxLength, Pattern pattern, BigDecimal min, BigDecimal max,
    Integer decimalDigits, List<String> options, List<String> optionLabels, String optionsKey, boolean registryOptions,
    List<String> hiddenWhen, List<FormField> entryFields) {

  /** The fields of a form's components, flattening groups; each keeps the hide conditions of its containers. */
  static List<FormField> of(JsonNode components, List<String> hiddenWhen, boolean containerDisabled) {
    List<FormField> fields = new ArrayList<>();
    for (JsonNode component : components) {
      List<String> conditions = new ArrayList<>(hiddenWhen);
      String hide = component.path("conditional").path("hide").asText("");
      if (!hide.isBlank()) {
        conditions.add(hide.startsWith("=") ? hide.substring(1) : hide);
      }
      boolean disabled = containerDisabled || component.path("disabled").asBoolean(false);
      String type = component.path("type").asText();
      String path = component.path("path").asText("");
      if ("dynamiclist".equals(type) && !path.isEmpty() && !path.contains(".")) {
        fields.add(new FormField(path, component.path("label").asText(path), type, null, !disabled,
            component.path("readonly").asBoolean(false), false, null, null, null, null, null, null, List.of(), List.of(), null,
            false,
            List.copyOf(conditions), of(component.path("components"), List.of(), disabled)));
      } else if (component.has("components") && path.isEmpty()) {
        fields.addAll(of(component.path("components"), conditions, disabled));
      } else if (component.hasNonNull("key") && !component.path("key").asText().contains(".")) {
        fields.add(field(component, type, disabled, conditions));
      }
    }
    return List.copyOf(fields);
  }

  private static FormField field(JsonNode component, String type, boolean disabled, List<String> conditions) {
    String key = component.path("key").asText();
    JsonNode validate = component.path("validate");
    String pattern = validate.path("pattern").asText("");
    List<String> options = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    component.path("values").forEach(option -> {
      options.add(option.path("value").asText());
      labels.add(option.path("label").asText());
    });
    return new FormField(key, label(component, key), type, component.path("subtype").asText(null), !disabled,
        component.path("readonly").asBoolean(false), validate.path("required").asBoolean(false),
        integer(validate.path("minLength")), integer(validate.path("maxLength")),
        pattern.isEmpty() ? null : Pattern.compile(pattern), decimal(validate.path("min")), decimal(validate.path("max")),
        integer(component.path("decimalDigits")), List.copyOf(options), List.copyOf(labels),
        component.path("valuesKey").asText(null),
        RegistryOptions.SOURCE.equals(component.path("properties").path("optionsFrom").asText("")),
        List.copyOf(conditions), List.of());
  }

  /** What the user reads above the field: a date or time field has its label in dateLabel or timeLabel. */
  private static String label(JsonNode component, String key) {
    for (String name : List.of("label", "dateLabel", "timeLabel")) {
      String label = component.path(name).asText("");
      if (!label.isBlank()) {
        return label;
      }
    }
    return key;
  }

  private static Integer integer(JsonNode node) {
    return node.isNumber() ? node.intValue() : null;
  }

  private static BigDecimal decimal(JsonNode node) {
    return node.isNumber() ? node.decimalValue() : null;
  }

  boolean isList() {
    return "dynamiclist".equals(type);
  }

  /** Whether the field picks from options (fixed ones, or those a variable holds). */
  boolean hasOptions() {
    return !options.isEmpty() || optionsKey != null;
  }

  boolean isMultiple() {
    return "taglist".equals(type) || "checklist".equals(type);
  }
}
