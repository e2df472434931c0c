package cn.org.cast.volunteer.form;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** The validators by form id, for listeners that enforce a form's rules on completion. */
@Component
public class FormRules {

  private final Map<String, FormValidator> validators;

  public FormRules(List<FormValidator> validators) {
    this.validators = validators.stream().collect(Collectors.toMap(FormValidator::formId, Function.identity()));
  }

  /** The submitted values, once they pass the form's rules; otherwise the engine rolls back with the reasons. */
  public FormValues enforce(String formId, Map<String, ?> variables) {
    FormValues values = FormValues.of(variables);
    FormValidator validator = validators.get(formId);
    if (validator == null) {
      throw new IllegalStateException("no validator for form " + formId);
    }
    validator.enforce(values);
    return values;
  }
}
