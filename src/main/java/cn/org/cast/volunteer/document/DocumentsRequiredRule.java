package cn.org.cast.volunteer.document;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.SubmissionAction;

/** A plan is submitted with its stamped PDF and its Word file attached to the revision (seed R2). */
@Component
class DocumentsRequiredRule implements SubmissionRule {

  static final String FIELD = "documents";

  private final DocumentService documents;

  DocumentsRequiredRule(DocumentService documents) {
    this.documents = documents;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(PlanProcess.SUBMISSION_FORM);
  }

  @Override
  public List<FieldViolation> check(String processInstanceId, FormValues values) {
    if (SubmissionAction.WITHDRAW.name().equals(values.raw(PlanProcess.SUBMISSION_ACTION))) {
      return List.of();
    }
    // The task's own values carry the plan id: no engine call, whoever submits.
    Set<DocumentKind> missing = documents.missingForSubmission(((Number) values.raw(PlanProcess.PLAN_ID)).longValue());
    if (missing.isEmpty()) {
      return List.of();
    }
    return List.of(new FieldViolation(FIELD, "请先在任务的“附件”页上传"
        + missing.stream().map(DocumentKind::label).collect(Collectors.joining("和")) + "，再提交方案"));
  }
}
