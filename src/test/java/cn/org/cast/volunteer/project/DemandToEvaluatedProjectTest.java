package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectFixtures.*;
import static cn.org.cast.volunteer.project.ProjectProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demand.Demand;
import cn.org.cast.volunteer.demand.DemandForms;
import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.demand.DemandService;
import cn.org.cast.volunteer.demand.SubmitterKind;
import cn.org.cast.volunteer.demand.TechField;
import cn.org.cast.volunteer.demand.TriageDecision;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.security.WebClientSession;
import cn.org.cast.volunteer.team.ServiceField;

/**
 * The standing work end to end, as the demo accounts do it: a village's demand from the public form, triaged
 * into the library by the Beijing association (bjast), taken on by its project, staffed, approved by CAST,
 * reported on to the end and evaluated; then anyone signed in reads the result on the demand in the library.
 */
@AppTest
class DemandToEvaluatedProjectTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  DemandService demands;
  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  @Test
  void aVillagesDemandEndsInTheLibraryWithTheResultOfTheProjectThatServedIt() throws Exception {
    EngineDriver driver = new EngineDriver(engine, documents);
    Demand submitted = demands.submitPublic(DemandForms.demand("设施蔬菜病虫害绿色防控技术培训", SubmitterKind.VILLAGE,
        "密云区某村村民委员会", "北京", TechField.MODERN_AGRICULTURE, ServiceField.TALENT_TRAINING, false));
    ProcessInstance triage = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(DemandProcess.KEY).processInstanceBusinessKey(submitted.code()).singleResult();
    driver.submit("bjast", triage, Map.of(DemandProcess.TRIAGE_DECISION, TriageDecision.ACCEPT.name()));
    assertThat(triage).isEnded().hasPassed(DemandProcess.ACCEPTED_END);

    String team = team(jdbc, "P110000", "北京农技推广科技志愿服务队", ServiceField.TALENT_TRAINING, 10);
    ProcessInstance project = driver.as("bjast", () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion()
            .singleResult().getId(), setUp("密云设施蔬菜绿色防控培训", submitted.code())));
    driver.submit("bjast", project, recruitment(team, 6));
    driver.submit("organizer", project, decision(ProjectDecision.APPROVE, null));
    while (driver.task(project).getTaskDefinitionKey().equals(REPORT_TASK)) {
      driver.submit("bjast", project, Map.of(PROGRESS, "本期在密云区开展田间培训，服务种植户和农技员"));
    }
    driver.submit("bjast", project, Map.of(EVALUATION_GRADE, EvaluationGrade.EXCELLENT.name(),
        EVALUATION_SUMMARY, "培训人次和示范户均达到目标，病虫害损失明显下降",
        INDICATORS, List.of(Map.of(INDICATOR_ACHIEVED, 310), Map.of(INDICATOR_ACHIEVED, 22)),
        DEMAND_RESULTS, List.of(Map.of(DEMAND_RESULT, "培训种植户310人次，建立示范户22户，农药用量下降三成"))));
    assertThat(project).isEnded().hasPassed(EVALUATE_TASK, CLOSED_END);

    WebClientSession session = new WebClientSession(port);
    session.login("chemsoc", password);
    HttpResponse<String> response = session.get("/api/demands/" + submitted.code());
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode demand = JSON.readTree(response.body()).path("demand");
    assertThat(demand.path("status").asText()).isEqualTo("SERVED");
    assertThat(demand.path("projectResult").asText()).isEqualTo("培训种植户310人次，建立示范户22户，农药用量下降三成");
    assertThat(demand.path("contactShown").asBoolean()).as("another organisation reads no contact").isFalse();
  }
}
