package cn.org.cast.volunteer.form;

import java.util.List;
import java.util.Set;

/**
 * A rule of a form that needs the server's records rather than the submitted values alone, e.g. that
 * the plan's documents are attached. Checked with the form's validator, on every way in.
 */
public interface SubmissionRule {

  /** The forms the rule belongs to. */
  Set<String> formIds();

  List<FieldViolation> check(String processInstanceId, FormValues values);
}
