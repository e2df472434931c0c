package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.selection.SelectionProcess.*;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.organization.Organizations;

/** The rules of 声明利益冲突 (forms/conflict-declaration.form): registry organisations, and why. */
@Component
public class ConflictDeclarationValidator implements FormValidator {

  private final Organizations organizations;

  public ConflictDeclarationValidator(Organizations organizations) {
    this.organizations = organizations;
  }

  @Override
  public String formId() {
    return CONFLICT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values).required(CONFLICT_REASON, "回避原因")
        .length(CONFLICT_REASON, "回避原因", 2, 500);
    List<String> codes = values.strings(CONFLICT_ORGS);
    if (codes == null || codes.isEmpty()) {
      checks.check(false, CONFLICT_ORGS, "请至少选择一个回避单位");
    } else {
      Set<String> unknown = organizations.unknownCodes(codes);
      checks.check(unknown.isEmpty(), CONFLICT_ORGS, "以下单位不在名录中：" + String.join("、", unknown));
    }
    return checks.violations();
  }
}
