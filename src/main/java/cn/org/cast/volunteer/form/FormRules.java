package cn.org.cast.volunteer.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.organization.Organizations;

/**
 * A form's rules on every way in: those the deployed form states ({@link FormSchema}) and, for what a form
 * cannot say (a rule across fields, or one that needs a record), the form's {@link FormValidator}.
 */
@Component
public class FormRules {

  private final Map<String, FormValidator> validators;
  private final DeployedForms forms;
  private final Registry registry;

  public FormRules(List<FormValidator> validators, DeployedForms forms, Organizations organizations) {
    this.validators = validators.stream().collect(Collectors.toMap(FormValidator::formId, Function.identity()));
    this.forms = forms;
    this.registry = organizations::unknownCodes;
  }

  /** The submitted values, once they pass the form's rules; otherwise the engine rolls back with the reasons. */
  public FormValues enforce(String formId, Map<String, ?> variables) {
    FormValues values = FormValues.of(variables);
    List<FieldViolation> violations = violations(forms.current(formId), values);
    if (!violations.isEmpty()) {
      throw new SubmissionRejectedException(violations);
    }
    return values;
  }

  /** The form's own rules first (organisations from the live registry), then its validator's. */
  public List<FieldViolation> violations(FormSchema form, FormValues values) {
    return violations(form.violations(values, registry), validators.get(form.formId()), values);
  }

  /**
   * The same, for one validator (or none), without the engine and with the registry of the data file: what the
   * tests of each form's rules use.
   */
  public static List<FieldViolation> violations(FormSchema form, FormValidator validator, FormValues values) {
    return violations(form.violations(values), validator, values);
  }

  private static List<FieldViolation> violations(List<FieldViolation> formViolations, FormValidator validator,
      FormValues values) {
    List<FieldViolation> violations = new ArrayList<>(formViolations);
    if (validator != null) {
      violations.addAll(validator.validate(values));
    }
    return List.copyOf(violations);
  }
}
