package cn.org.cast.volunteer.demand;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;

/** What the demo starts with: accepted demands of bjast's and chemsoc's, and one public demand for bjast to triage. */
@AppTest
class DemandDemoTest {

  @Autowired
  DemandRepository demands;
  @Autowired
  ProcessEngine engine;

  @Test
  void theDemoLibraryHasAcceptedDemandsAndOneWaitingForTriage() {
    assertThat(library(DemandStatus.ACCEPTED, "P110000")).extracting(Demand::title)
        .contains("高端芯片封装散热材料国产化", "社区老年人慢性病健康管理科普");
    assertThat(library(DemandStatus.ACCEPTED, "N006")).extracting(Demand::title).contains("工业废水重金属高效去除技术");
    Demand waiting = library(DemandStatus.SUBMITTED, "P110000").stream()
        .filter(demand -> demand.title().equals("芯片封装散热材料国产化替代")).findFirst().orElseThrow();
    assertThat(waiting.channel()).isEqualTo(DemandChannel.PUBLIC);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(waiting.code())
        .taskCandidateGroup("P110000").taskDefinitionKey(DemandProcess.TRIAGE_TASK).count()).isEqualTo(1);
  }

  private List<Demand> library(DemandStatus status, String owner) {
    return demands.search(new DemandQuery(null, null, null, null, null, status, owner), 0, 100);
  }
}
