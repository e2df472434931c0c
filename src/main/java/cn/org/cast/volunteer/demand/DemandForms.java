package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.HashMap;
import java.util.Map;

import cn.org.cast.volunteer.team.ServiceField;

/** A demand's fields filled in completely, as the entry form and the public page submit them: for the demo and tests. */
public final class DemandForms {

  private DemandForms() {
  }

  public static Map<String, Object> demand(String title, SubmitterKind kind, String submitter, String region,
      TechField techField, ServiceField serviceKind, boolean keyCore) {
    Map<String, Object> form = new HashMap<>();
    form.put(TITLE, title);
    form.put(DESCRIPTION, "“" + title + "”：现有技术难以满足生产和服务需要，希望科技志愿者提供诊断、方案和对接服务。");
    form.put(SUBMITTER_KIND, kind.name());
    form.put(SUBMITTER_NAME, submitter);
    form.put(CONTACT_NAME, "王建国");
    form.put(CONTACT_MOBILE, "13812345678");
    form.put(REGION, region);
    form.put(TECH_FIELD, techField.name());
    form.put(SERVICE_KIND, serviceKind.name());
    form.put(KEY_CORE, keyCore);
    return form;
  }
}
