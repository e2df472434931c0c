package cn.org.cast.volunteer.form;

import java.util.List;

/**
 * The rules of one Camunda Form that the form cannot state itself: a rule across fields, one that depends on
 * another field's value, or one that needs a record. The form's own rules (required, length, pattern, range,
 * options) are the deployed form's, checked by {@link FormRules} with these.
 */
public interface FormValidator {

  /** The id of the form (its "id" in forms/*.form) whose submissions this validator checks. */
  String formId();

  List<FieldViolation> validate(FormValues values);
}
