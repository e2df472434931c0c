package cn.org.cast.volunteer.selection;

import static cn.org.cast.volunteer.CampaignFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.EngineDriver;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.form.SubmissionRejectedException;

/** 声明利益冲突: a reviewer declares, from Tasklist's start form, the organisations to stand aside from. */
@AppTest
class ConflictDeclarationTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  DocumentService documents;
  @Autowired
  ScoringRepository scores;

  private EngineDriver driver;

  @BeforeEach
  void engineDriver() {
    driver = new EngineDriver(engine, documents);
  }

  @Test
  void aReviewersDeclarationIsRecordedForThatReviewer() {
    ProcessInstance declaration = declare("reviewer3", List.of(CHEMICAL_SOCIETY, BEIJING_ASSOCIATION));

    assertThat(declaration).isEnded().hasPassed("recordConflicts", "conflictsRecorded");
    assertThat(declaration.getBusinessKey()).isEqualTo("reviewer3");
    assertThat(scores.declaredConflicts("reviewer3")).contains(CHEMICAL_SOCIETY, BEIJING_ASSOCIATION);
    assertThat(scores.declaredConflicts("reviewer2")).doesNotContain(BEIJING_ASSOCIATION);
  }

  @Test
  void anOrganisationOutsideTheRegistryIsRefusedInChinese() {
    assertThatThrownBy(() -> declare("reviewer3", List.of("X999")))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("“回避单位”中以下选项无效：X999");
    assertThat(scores.declaredConflicts("reviewer3")).doesNotContain("X999");
  }

  @Test
  void onlyReviewersMayDeclare() {
    assertThatThrownBy(() -> declare("chemsoc", List.of(MECHANICAL_SOCIETY)))
        .isInstanceOf(AuthorizationException.class);
  }

  private ProcessInstance declare(String user, List<String> codes) {
    return ConflictDeclarations.declare(engine, driver, user, codes, "本人担任该单位理事");
  }
}
