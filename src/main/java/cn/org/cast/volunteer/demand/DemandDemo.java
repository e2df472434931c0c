package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The demo's library (demo profile, once): demands the Beijing association (bjast) and the Chemical Society
 * (chemsoc) entered and accepted, for a service project to take on; and one from the public page, like one
 * of Beijing's, waiting in bjast's tasks for triage.
 */
@Component
@Profile("demo")
@Order(4)
class DemandDemo implements ApplicationRunner {

  private final ProcessEngine engine;
  private final EngineUser engineAs;
  private final DemandRepository demands;
  private final DemandService service;

  DemandDemo(ProcessEngine engine, EngineUser engineAs, DemandRepository demands, DemandService service) {
    this.engine = engine;
    this.engineAs = engineAs;
    this.demands = demands;
    this.service = service;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demands.any()) {
      return;
    }
    enterAndAccept("bjast", DemandForms.demand("高端芯片封装散热材料国产化", SubmitterKind.ENTERPRISE,
        "北京芯联微电子科技有限公司", "北京", TechField.NEW_MATERIALS, ServiceField.TECHNOLOGY_BREAKTHROUGH, true));
    enterAndAccept("bjast", DemandForms.demand("社区老年人慢性病健康管理科普", SubmitterKind.COMMUNITY,
        "海淀区学院路街道石油大院社区", "北京", TechField.HEALTH_CARE, ServiceField.SCIENCE_POPULARIZATION, false));
    enterAndAccept("chemsoc", DemandForms.demand("工业废水重金属高效去除技术", SubmitterKind.ENTERPRISE,
        "沧州临港化工股份有限公司", "河北", TechField.RESOURCES_ENVIRONMENT, ServiceField.TECHNOLOGY_BREAKTHROUGH, true));
    service.submitPublic(DemandForms.demand("芯片封装散热材料国产化替代", SubmitterKind.PARK, "中关村集成电路设计园",
        "北京", TechField.NEW_MATERIALS, ServiceField.RESULT_TRANSFER, true));
  }

  private void enterAndAccept(String user, Map<String, Object> demand) {
    FormService forms = engine.getFormService();
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    engineAs.call(user, () -> {
      ProcessInstance entered = forms.submitStartForm(definitionId, demand);
      String task = engine.getTaskService().createTaskQuery().processInstanceId(entered.getId()).singleResult().getId();
      forms.submitTaskForm(task, Map.of(TRIAGE_DECISION, TriageDecision.ACCEPT.name()));
      return null;
    });
  }
}
