package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;

/**
 * 分拣创新需求, every path: a public submission accepted into the library, a staff entry merged into its
 * duplicate, one declined with its reason; and what the server refuses whatever the form lets through.
 */
@AppTest
class DemandTriageProcessTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  DemandService service;
  @Autowired
  DemandRepository demands;

  private DemandDriver demandDriver;

  @BeforeEach
  void driver() {
    demandDriver = new DemandDriver(engine, new EngineDriver(engine, documents));
  }

  @Test
  void aPublicSubmissionIsStartedByTheSystemAndAcceptedByTheRegionsAssociation() {
    Demand submitted = service.submitPublic(DemandDriver.demand("园区企业工业机器人视觉检测", "上海"));
    ProcessInstance instance = demandDriver.instanceOf(submitted.code());

    assertThat(instance).isWaitingAt(TRIAGE_TASK).hasPassed(PUBLIC_START, FIND_DUPLICATES).hasNotPassed(RECORD_DEMAND)
        .task().hasCandidateGroup("P310000");
    assertThat(submitted.channel()).isEqualTo(DemandChannel.PUBLIC);
    assertThat(submitted.status()).isEqualTo(DemandStatus.SUBMITTED);
    assertThat(submitted.enteredBy()).isNull();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getStartUserId()).as("started by the system, for nobody").isNull();

    demandDriver.triage("shast", instance, TriageDecision.ACCEPT, null, null);

    assertThat(instance).isEnded().hasPassed(ACCEPTED_END).hasNotPassed(MERGED_END, DECLINED_END);
    Demand accepted = service.find(submitted.id());
    assertThat(accepted.status()).isEqualTo(DemandStatus.ACCEPTED);
    assertThat(accepted.triagedBy()).isEqualTo("shast");
    assertThat(accepted.ownerName()).isEqualTo("上海市科学技术协会");
  }

  @Test
  void aStaffEntryIsOwnedByTheOrganisationAndMergedIntoItsLikelyDuplicate() {
    ProcessInstance first = demandDriver.enter("zjast", DemandDriver.demand("蓝莓种植土壤酸化改良技术", "浙江"));
    demandDriver.triage("zjast", first, TriageDecision.ACCEPT, null, null);
    String original = Demand.code(demandDriver.demandId(first));

    ProcessInstance second = demandDriver.enter("zjast", DemandDriver.demand("蓝莓种植基地土壤酸化改良", "浙江"));

    assertThat(second).isWaitingAt(TRIAGE_TASK).hasPassed(STAFF_START, RECORD_DEMAND, FIND_DUPLICATES)
        .task().hasCandidateGroup("P330000");
    Demand entered = service.find(demandDriver.demandId(second));
    assertThat(second.getBusinessKey()).isEqualTo(entered.code());
    assertThat(entered.channel()).isEqualTo(DemandChannel.STAFF);
    assertThat(entered.enteredBy()).isEqualTo("zjast");
    @SuppressWarnings("unchecked")
    List<Map<String, String>> candidates = (List<Map<String, String>>) engine.getRuntimeService()
        .getVariable(second.getId(), DUPLICATES);
    assertThat(candidates).extracting(row -> row.get("code")).contains(original);

    demandDriver.triage("zjast", second, TriageDecision.MERGE, original.toLowerCase(), null);

    assertThat(second).isEnded().hasPassed(MERGED_END).hasNotPassed(ACCEPTED_END);
    Demand merged = service.find(entered.id());
    assertThat(merged.status()).isEqualTo(DemandStatus.MERGED);
    assertThat(merged.mergedInto()).isEqualTo(Demand.idOf(original));
    assertThat(demands.mergedInto(Demand.idOf(original))).extracting(Demand::code).containsExactly(entered.code());
  }

  @Test
  void aDeclinedDemandEndsWithItsReason() {
    ProcessInstance instance = demandDriver.enter("hbast", DemandDriver.demand("光谷企业芯片设计人才培训", "湖北"));

    demandDriver.triage("hbast", instance, TriageDecision.DECLINE, null, "属于商业培训，不在科技志愿服务范围内");

    assertThat(instance).isEnded().hasPassed(DECLINED_END).hasNotPassed(ACCEPTED_END, MERGED_END);
    Demand declined = service.find(demandDriver.demandId(instance));
    assertThat(declined.status()).isEqualTo(DemandStatus.DECLINED);
    assertThat(declined.declineReason()).isEqualTo("属于商业培训，不在科技志愿服务范围内");
  }

  @Test
  void decliningWithoutAReasonIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = demandDriver.enter("hbast", DemandDriver.demand("长江鱼类增殖放流效果评估", "湖北"));

    refused(() -> demandDriver.triage("hbast", instance, TriageDecision.DECLINE, null, null), "请填写“不予受理的理由”");
    refused(() -> demandDriver.triage("hbast", instance, TriageDecision.DECLINE, null, "不行"), "“不予受理的理由”至少5个字");

    assertThat(instance).isWaitingAt(TRIAGE_TASK);
    assertThat(service.find(demandDriver.demandId(instance)).status()).isEqualTo(DemandStatus.SUBMITTED);
  }

  @Test
  void mergingIntoItselfAnotherOwnersOrAClosedDemandIsRefused() {
    ProcessInstance declined = demandDriver.enter("scast", DemandDriver.demand("川西高原牦牛养殖疫病防控", "四川"));
    demandDriver.triage("scast", declined, TriageDecision.DECLINE, null, "与已有的服务项目重复");
    ProcessInstance chemical = demandDriver.enter("chemsoc", DemandDriver.demand("精细化工催化剂寿命提升", "山东"));
    ProcessInstance instance = demandDriver.enter("scast", DemandDriver.demand("川西高原牦牛养殖疫病防治", "四川"));
    String itself = Demand.code(demandDriver.demandId(instance));

    refused(() -> demandDriver.triage("scast", instance, TriageDecision.MERGE, itself, null), "不能把需求合并到它自己");
    refused(() -> demandDriver.triage("scast", instance, TriageDecision.MERGE,
        Demand.code(demandDriver.demandId(chemical)), null), "由中国化学会受理，只能合并到本单位受理的需求");
    refused(() -> demandDriver.triage("scast", instance, TriageDecision.MERGE,
        Demand.code(demandDriver.demandId(declined)), null), "不予受理，不能再合并到它");
    refused(() -> demandDriver.triage("scast", instance, TriageDecision.MERGE, "D999999999", null), "没有编号为 D999999999 的需求");
    refused(() -> demandDriver.triage("scast", instance, TriageDecision.MERGE, null, null), "请填写“合并到的需求编号”");

    assertThat(instance).isWaitingAt(TRIAGE_TASK);
    assertThat(service.find(demandDriver.demandId(instance)).status()).isEqualTo(DemandStatus.SUBMITTED);
  }

  @Test
  void onlyTheOwnersStaffSeeTheTriageAndOnlyOrganisationStaffEnterDemands() {
    ProcessInstance instance = demandDriver.enter("cms", DemandDriver.demand("中学数学建模竞赛辅导", "北京"));
    EngineDriver driver = new EngineDriver(engine, documents);

    assertThat(driver.as("chemsoc", () -> engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .count())).isZero();
    assertThatThrownBy(() -> demandDriver.triage("chemsoc", instance, TriageDecision.ACCEPT, null, null))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> demandDriver.enter("reviewer1", DemandDriver.demand("评审人录入的需求", "北京")))
        .isInstanceOf(AuthorizationException.class);
    demandDriver.triage("cms", instance, TriageDecision.ACCEPT, null, null);
    assertThat(instance).isEnded().hasPassed(ACCEPTED_END);
  }

  @Test
  void aSignedInUserCannotStartThePublicPathWithADemandOfTheirChoice() {
    long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count();

    assertThatThrownBy(() -> new EngineDriver(engine, documents).as("bjast", () -> engine.getRuntimeService()
        .createMessageCorrelation(PUBLIC_MESSAGE).setVariables(Map.of(DEMAND_ID, 1L, OWNER_GROUP, "P110000"))
        .correlateStartMessage())).isInstanceOf(AuthorizationException.class);

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).count())
        .isEqualTo(before);
  }

  @Test
  void theModelIsDeployedWithItsDiagramAndForms() {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(KEY).latestVersion().singleResult();
    assertThat(definition.getHistoryTimeToLive()).isEqualTo(1825);
    assertThat(engine.getRepositoryService().getBpmnModelInstance(definition.getId())
        .getModelElementsByType(BpmnDiagram.class)).isNotEmpty();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()))
        .anyMatch(name -> name.endsWith("forms/demand-entry.form")).anyMatch(name -> name.endsWith("forms/demand-triage.form"));
  }

  /** A refusal from the triage form's listener, which the engine wraps. */
  private static void refused(ThrowingCallable submission, String message) {
    assertThatThrownBy(submission).hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining(message);
  }
}
