package cn.org.cast.volunteer.form;

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
  private final String approve;
  private final String commentKey;
  private final String commentLabel;

  protected DecisionCommentRule(String formId, String decisionKey, String approve, String commentKey,
      String commentLabel) {
    this.formId = formId;
    this.decisionKey = decisionKey;
    this.approve = approve;
    this.commentKey = commentKey;
    this.commentLabel = commentLabel;
  }

  @Override
  public String formId() {
    return formId;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    String decision = values.text(decisionKey);
    if (decision == null || decision.equals(approve)) {
      return List.of();
    }
    String comment = values.text(commentKey);
    if (comment == null) {
      return List.of(new FieldViolation(commentKey, "退回或不予通过时，请填写“" + commentLabel + "”，说明理由"));
    }
    int length = comment.codePointCount(0, comment.length());
    return length >= MIN_LENGTH ? List.of() : List.of(new FieldViolation(commentKey,
        "“" + commentLabel + "”至少" + MIN_LENGTH + "个字（当前" + length + "个字）"));
  }
}
