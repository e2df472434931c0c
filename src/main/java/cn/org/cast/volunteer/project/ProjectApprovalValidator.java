package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** 审批服务项目 (forms/project-approval.form): a return or a refusal says why. */
@Component
public class ProjectApprovalValidator implements FormValidator {

  private static final List<String> DECISIONS = Arrays.stream(ProjectDecision.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return APPROVAL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    String decision = values.text(PROJECT_DECISION);
    return new FieldChecks(values)
        .required(PROJECT_DECISION, "审批结论").oneOf(PROJECT_DECISION, "审批结论", DECISIONS)
        .check(ProjectDecision.APPROVE.name().equals(decision) || decision == null || values.text(DECISION_COMMENT) != null,
            DECISION_COMMENT, "退回修改或不予批准时，请填写审批意见")
        .maxLength(DECISION_COMMENT, "审批意见", 500)
        .violations();
  }
}
