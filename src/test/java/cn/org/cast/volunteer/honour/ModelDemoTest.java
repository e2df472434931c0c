package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.demo.DemoModels;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.team.Team;
import cn.org.cast.volunteer.team.TeamService;

/** The demo as the README tells it: chemsoc nominates its youth team on its closed project, the organiser publishes. */
@AppTest
class ModelDemoTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  JdbcClient jdbc;
  @Autowired
  TeamService teams;
  @Autowired
  ModelRepository models;

  @Test
  void chemsocNominatesItsYouthTeamAndTheOrganiserPublishesIt() {
    EngineDriver driver = new EngineDriver(engine, documents);
    Team youth = teams.all().stream().filter(team -> DemoModels.YOUTH_TEAM.equals(team.name())
        && DemoModels.SOCIETY.equals(team.hostCode())).findFirst().orElseThrow();
    long project = jdbc.sql("SELECT id FROM service_project WHERE title = :title").param("title", DemoModels.PROJECT_TITLE)
        .query(Long.class).single();
    assertThat(models.published(ModelKind.TYPICAL_PERSON, null, null)).extracting(Nomination::personName).contains("王老师");

    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
        .latestVersion().singleResult().getId();
    ProcessInstance nomination = driver.as("chemsoc", () -> engine.getFormService().submitStartForm(definitionId,
        ModelSociety.teamProposal(youth, project)));
    assertThat(nomination).isWaitingAt(REVIEW_TASK);
    driver.submit("organizer", nomination, Map.of(DECISION, ModelDecision.APPROVE.name()));

    assertThat(nomination).isEnded().hasPassed(PUBLISHED_END);
    assertThat(models.published(ModelKind.ADVANCED_TEAM, null, null)).extracting(Nomination::teamName)
        .contains(DemoModels.YOUTH_TEAM);
  }
}
