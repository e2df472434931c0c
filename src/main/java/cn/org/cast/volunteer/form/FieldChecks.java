package cn.org.cast.volunteer.form;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Collects the violations of one submission. Each check names the field by its form key and its
 * Chinese label, so that every message tells the user which field to correct and how.
 */
public final class FieldChecks {

  /** Mainland mobile numbers: 11 digits starting 13–19. */
  public static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
  public static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  /** A time of day as a time field without time zone submits it: HH:mm, 24-hour clock. */
  public static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

  private final FormValues values;
  private final String prefix;
  private final List<FieldViolation> violations;

  public FieldChecks(FormValues values) {
    this(values, "", new ArrayList<>());
  }

  private FieldChecks(FormValues values, String prefix, List<FieldViolation> violations) {
    this.values = values;
    this.prefix = prefix;
    this.violations = violations;
  }

  /** Checks for one entry of a dynamic list, named as the form's own rules name it: "“分会场”第2项：". */
  public FieldChecks entry(FormValues entry, String listLabel, int index) {
    return new FieldChecks(entry, FieldRules.entryPrefix(listLabel, index), violations);
  }

  public FieldChecks required(String key, String label) {
    if (values.text(key) == null) {
      add(key, "请填写“" + label + "”");
    }
    return this;
  }

  /** Length in characters as a person counts them (code points), between min and max. */
  public FieldChecks length(String key, String label, int min, int max) {
    String text = values.text(key);
    if (text != null) {
      int length = text.codePointCount(0, text.length());
      if (length < min || length > max) {
        add(key, "“" + label + "”应为" + min + "至" + max + "个字（当前" + length + "个字）");
      }
    }
    return this;
  }

  /** At least min characters; how long it may be is the form's to say. */
  public FieldChecks minLength(String key, String label, int min) {
    String text = values.text(key);
    if (text != null) {
      int length = text.codePointCount(0, text.length());
      if (length < min) {
        add(key, "“" + label + "”至少" + min + "个字（当前" + length + "个字）");
      }
    }
    return this;
  }

  public FieldChecks maxLength(String key, String label, int max) {
    String text = values.text(key);
    if (text != null) {
      int length = text.codePointCount(0, text.length());
      if (length > max) {
        add(key, "“" + label + "”最多" + max + "个字（当前" + length + "个字）");
      }
    }
    return this;
  }

  public FieldChecks matches(String key, String label, Pattern pattern, String example) {
    String text = values.text(key);
    if (text != null && !pattern.matcher(text).matches()) {
      add(key, "“" + label + "”格式不正确，应如 " + example);
    }
    return this;
  }

  /** The value must be one of the options exactly: the process's gateways compare it as it is. */
  public FieldChecks oneOf(String key, String label, Collection<String> allowed) {
    Object raw = values.raw(key);
    if (values.text(key) != null && !allowed.contains(raw)) {
      add(key, "“" + label + "”的取值无效，请从选项中选择");
    }
    return this;
  }








  /**
   * A text of one item per line: between minLines and maxLines non-blank lines, none longer than
   * maxLineLength characters. Blank lines and the spaces around a line do not count.
   */
  public FieldChecks lines(String key, String label, int minLines, int maxLines, int maxLineLength) {
    String text = values.text(key);
    if (text == null) {
      return this;
    }
    List<String> lines = nonBlankLines(text);
    if (lines.size() < minLines || lines.size() > maxLines) {
      String expected = minLines > 0 ? "应填写" + minLines + "至" + maxLines + "行" : "最多填写" + maxLines + "行";
      add(key, "“" + label + "”" + expected + "，每行一项（当前" + lines.size() + "行）");
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int length = line.codePointCount(0, line.length());
      if (length > maxLineLength) {
        add(key, "“" + label + "”第" + (i + 1) + "行最多" + maxLineLength + "个字（当前" + length + "个字）");
      }
    }
    return this;
  }


  /** The non-blank lines of a text, each trimmed, in order; none for null. */
  public static List<String> nonBlankLines(String text) {
    return text == null ? List.of()
        : Stream.of(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  public FieldChecks check(boolean holds, String key, String message) {
    if (!holds) {
      add(key, message);
    }
    return this;
  }

  public List<FieldViolation> violations() {
    return List.copyOf(violations);
  }

  private void add(String key, String message) {
    violations.add(new FieldViolation(key, prefix + message));
  }
}
