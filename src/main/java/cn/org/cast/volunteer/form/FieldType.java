package cn.org.cast.volunteer.form;

import java.util.List;
import java.util.Map;

/** The type of value a form field submits, from its component type; a submission of another type is refused. */
enum FieldType {
  TEXT("文本"),
  NUMBER("数字"),
  BOOLEAN("是或否"),
  LIST("列表"),
  OBJECT("对象");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type a form-js component submits; dynamic lists and groups with a path are handled by their path. */
  static FieldType of(String componentType) {
    return switch (componentType) {
      case "number" -> NUMBER;
      case "checkbox" -> BOOLEAN;
      case "checklist", "taglist" -> LIST;
      default -> TEXT;
    };
  }

  /** Whether a submitted value has this type; an empty value (a cleared field) has every type. */
  public boolean accepts(Object value) {
    return value == null || switch (this) {
      case TEXT -> value instanceof String;
      // Number fields may be set up to submit their value as text; the form's rules then read it.
      case NUMBER -> value instanceof Number || value instanceof String text && text.matches("-?\\d+(\\.\\d+)?");
      case BOOLEAN -> value instanceof Boolean;
      case LIST -> value instanceof List<?>;
      case OBJECT -> value instanceof Map<?, ?>;
    };
  }
}
