package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/** The rules of 审批科技志愿服务队 (forms/team-approval.form): a decision, and why when it is not yes. */
@Component
public class TeamApprovalValidator implements FormValidator {

  private static final List<String> DECISIONS = Arrays.stream(TeamDecision.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return APPROVAL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values).required(TEAM_DECISION, "审批结论").oneOf(TEAM_DECISION, "审批结论", DECISIONS)
        .maxLength(DECISION_COMMENT, "审批意见", 500);
    boolean notYes = values.text(TEAM_DECISION) != null && !TeamDecision.APPROVE.name().equals(values.text(TEAM_DECISION));
    if (notYes) {
      checks.required(DECISION_COMMENT, "审批意见").length(DECISION_COMMENT, "审批意见", 5, 500);
    }
    return checks.violations();
  }
}
