package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The rules of a demand, whichever way it comes in: 录入创新需求 (forms/demand-entry.form) and the public
 * page (static/public/demand.html) submit the same fields and are checked here alike.
 */
@Component
public class DemandEntryValidator implements FormValidator {

  /** The provinces the registry's provincial associations stand for: the regions a demand may come from. */
  static final List<String> REGIONS = OrganizationRegistry.provincialRegions();

  @Override
  public String formId() {
    return ENTRY_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    return new FieldChecks(values)
        .required(TITLE, "需求名称").length(TITLE, "需求名称", 4, 100)
        .required(DESCRIPTION, "需求描述").length(DESCRIPTION, "需求描述", 20, 2000)
        .required(SUBMITTER_KIND, "提出方类型").oneOf(SUBMITTER_KIND, "提出方类型", names(SubmitterKind.values()))
        .required(SUBMITTER_NAME, "提出方名称").length(SUBMITTER_NAME, "提出方名称", 2, 100)
        .required(CONTACT_NAME, "联系人").length(CONTACT_NAME, "联系人", 2, 50)
        .required(CONTACT_MOBILE, "联系人手机").matches(CONTACT_MOBILE, "联系人手机", FieldChecks.MOBILE, "13812345678")
        .required(REGION, "所在地区").oneOf(REGION, "所在地区", REGIONS)
        .required(TECH_FIELD, "技术领域").oneOf(TECH_FIELD, "技术领域", names(TechField.values()))
        .required(SERVICE_KIND, "需要的服务").oneOf(SERVICE_KIND, "需要的服务", names(ServiceField.values()))
        .bool(KEY_CORE, "涉及关键核心技术")
        .violations();
  }

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}
