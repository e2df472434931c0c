package cn.org.cast.volunteer.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A deployed Camunda Form read as the server checks it: its id, what it may submit ({@link FormContract}) and
 * the rules its fields state. The form is the one source of required, length, pattern, range and options;
 * {@link #violations} applies them the way Tasklist does in the browser, so every way in gets the same rules.
 */
public final class FormSchema {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String formId;
  private final List<FormField> fields;
  private final FormContract contract;

  private FormSchema(String formId, List<FormField> fields, FormContract contract) {
    this.formId = formId;
    this.fields = fields;
    this.contract = contract;
  }

  public static FormSchema read(InputStream formJson) {
    try (formJson) {
      return of(JSON.readTree(formJson));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the deployed form", e);
    }
  }

  static FormSchema of(JsonNode form) {
    return new FormSchema(form.path("id").asText(), FormField.of(form.path("components"), List.of(), false),
        FormContract.of(form));
  }

  public String formId() {
    return formId;
  }

  public FormContract contract() {
    return contract;
  }

  /** The variable of every field, disabled ones too, top level first; a dynamic list's own fields follow it. */
  public List<String> fieldKeys() {
    List<String> keys = new ArrayList<>();
    for (FormField field : fields) {
      keys.add(field.key());
      field.entryFields().forEach(entry -> keys.add(entry.key()));
    }
    return keys;
  }

  /** The option values of a field (at the top level or in a dynamic list), empty when it has none of its own. */
  public List<String> options(String key) {
    return find(key).map(FormField::options).orElse(List.of());
  }

  public List<String> optionLabels(String key) {
    return find(key).map(FormField::optionLabels).orElse(List.of());
  }

  /** The dynamic lists, by the variable each writes. */
  public List<String> listKeys() {
    return fields.stream().filter(FormField::isList).map(FormField::key).toList();
  }

  /** The variable a field's options come from at run time (form-js valuesKey), or null. */
  public String optionsKey(String key) {
    return find(key).map(FormField::optionsKey).orElse(null);
  }

  private Optional<FormField> find(String key) {
    return fields.stream().flatMap(field -> Stream.concat(Stream.of(field), field.entryFields().stream()))
        .filter(field -> field.key().equals(key)).findFirst();
  }

  /** What breaks the form's own rules, field by field, with the registry's organisations as in its data file. */
  public List<FieldViolation> violations(FormValues values) {
    return violations(values, Registry.DATA_FILE);
  }

  /**
   * What breaks the form's own rules, field by field; a hidden field is not checked, as in the browser. A field
   * that offers the registry's organisations takes any organisation the registry holds now.
   */
  public List<FieldViolation> violations(FormValues values, Registry registry) {
    List<FieldViolation> violations = new ArrayList<>();
    FieldRules.check(fields, values, values, "", registry, violations);
    return List.copyOf(violations);
  }

  /**
   * The read-only fields a submission changed: they show what the server put there (a venue's code, an
   * indicator's target), so a submission must hand them back as they were. A dynamic list with read-only
   * fields keeps its entries: a submission cannot add or drop one.
   */
  public List<FieldViolation> changedReadOnly(FormValues current, FormValues submitted) {
    List<FieldViolation> violations = new ArrayList<>();
    for (FormField field : fields) {
      if (!submitted.asMap().containsKey(field.key())) {
        continue;
      }
      if (field.readonly() && !sameValue(current, submitted, field.key())) {
        violations.add(new FieldViolation(field.key(), "“" + field.label() + "”为只读项，不能修改"));
      }
      if (field.isList() && field.entryFields().stream().anyMatch(FormField::readonly)) {
        violations.addAll(changedReadOnlyEntries(field, current.list(field.key()), submitted.list(field.key())));
      }
    }
    return violations;
  }

  /**
   * The same value as a person reads it: an empty text is no value, and a number is the same number however
   * the JSON on the way wrote it (100, 100.0, "100").
   */
  private static boolean sameValue(FormValues current, FormValues submitted, String key) {
    BigDecimal before = current.decimal(key);
    BigDecimal after = submitted.decimal(key);
    if (before != null && after != null) {
      return before.compareTo(after) == 0;
    }
    return Objects.equals(current.text(key), submitted.text(key));
  }

  private static List<FieldViolation> changedReadOnlyEntries(FormField list, List<FormValues> current,
      List<FormValues> submitted) {
    if (current == null || submitted == null || current.size() != submitted.size()) {
      return List.of(new FieldViolation(list.key(), "“" + list.label() + "”的条目由系统列出，不能增加或删除"));
    }
    List<FieldViolation> violations = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      for (FormField field : list.entryFields()) {
        if (field.readonly() && !sameValue(current.get(i), submitted.get(i), field.key())) {
          violations.add(new FieldViolation(field.key(),
              FieldRules.entryPrefix(list.label(), i) + "“" + field.label() + "”为只读项，不能修改"));
        }
      }
    }
    return violations;
  }
}
