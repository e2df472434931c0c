package cn.org.cast.volunteer.form;

import java.util.List;

/** The server-side rules of one Camunda Form, the same rules the form checks in the browser. */
public interface FormValidator {

  /** The id of the form (its "id" in forms/*.form) whose submissions this validator checks. */
  String formId();

  List<FieldViolation> validate(FormValues values);

  /** Throws so that the engine rolls back and the task stays open with nothing lost. */
  default void enforce(FormValues values) {
    List<FieldViolation> violations = validate(values);
    if (!violations.isEmpty()) {
      throw new SubmissionRejectedException(violations);
    }
  }
}
