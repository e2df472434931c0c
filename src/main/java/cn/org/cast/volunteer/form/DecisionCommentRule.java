package cn.org.cast.volunteer.form;

import java.util.Arrays;
import java.util.List;

/**
 * The one rule for the comment on an approve / return / reject decision: approving needs none; returning or
 * refusing tells the applicant why, so it needs a comment of at least {@value #MIN_LENGTH} characters. How
 * long a comment may be is the form's to say (its maxLength).
 */
public abstract class DecisionCommentRule implements FormValidator {

  public static final int MIN_LENGTH = 5;

  private final String formId;
  private final String decisionKey;
  private final List<String> refusals;
  private final String commentKey;
  private final String commentLabel;

  /** The decisions are the constants of approve's enumeration; each but approve returns or refuses. */
  protected DecisionCommentRule(String formId, String decisionKey, Enum<?> approve, String commentKey,
      String commentLabel) {
    this.formId = formId;
    this.decisionKey = decisionKey;
    this.refusals = Arrays.stream(approve.getDeclaringClass().getEnumConstants()).filter(decision -> decision != approve)
        .map(Enum::name).toList();
    this.commentKey = commentKey;
    this.commentLabel = commentLabel;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    // An unknown decision is the form's options' to refuse; only a return or refusal needs the comment.
    if (!refusals.contains(values.raw(decisionKey))) {
      return List.of();
    }
    String comment = values.text(commentKey);
    if (comment == null) {
      return List.of(new FieldViolation(commentKey, "请填写“" + commentLabel + "”（退回或不予通过时必填）"));
    }
    int length = comment.codePointCount(0, comment.length());
    return length >= MIN_LENGTH ? List.of() : List.of(new FieldViolation(commentKey,
        "“" + commentLabel + "”至少" + MIN_LENGTH + "个字（当前" + length + "个字）"));
  }
}
