package cn.org.cast.volunteer.form;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The forms of forms/ as the engine deploys them (registry options written in), for tests without the engine. */
public final class FormFiles {

  private static final Path FORMS = Path.of("forms");

  private FormFiles() {}

  /** A form by its file name without ".form", e.g. "team-application". */
  public static FormSchema schema(String name) {
    return read(FORMS.resolve(name + ".form"));
  }

  public static FormSchema read(Path form) {
    try {
      return FormSchema.read(new ByteArrayInputStream(RegistryOptions.fill(Files.readAllBytes(form))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every form in forms/. */
  public static List<Path> all() {
    try (Stream<Path> files = Files.list(FORMS)) {
      return files.filter(path -> path.toString().endsWith(".form")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the server says about a submission of the named form: the form's own rules, then the validator's. */
  public static List<FieldViolation> violations(String name, FormValidator validator, Map<String, ?> values) {
    return FormRules.violations(schema(name), validator, FormValues.of(values));
  }

  public static List<FieldViolation> violations(String name, FormValidator validator, FormValues values) {
    return FormRules.violations(schema(name), validator, values);
  }
}
