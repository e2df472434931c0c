package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import static java.util.Map.entry;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import cn.org.cast.volunteer.AppTest;

/**
 * Every model in processes/ and every form in forms/ as the app deploys them: each model deploys, its forms resolve
 * within the deployment and none is left unused, its expressions name beans that exist, and whatever a person sees of
 * it is named in Chinese. (That every element is drawn is bpmnlint's rule no-bpmndi, run by npm run lint:bpmn.)
 */
@AppTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeployedModelsTest {

  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  /** Old bean name → the name the models use now: instances of models deployed before still call the old ones. */
  private static final Map<String, String> NAMES_OF_EARLIER_MODELS = Map.ofEntries(
      entry("aggregateScoresDelegate", "aggregateScores"), entry("assignScoringDelegate", "assignScoring"),
      entry("ceremonyOutcomeCompleted", "recordCeremonyOutcomeCompleted"),
      entry("ceremonyOutcomeOpened", "recordCeremonyOutcomeCreated"),
      entry("closeCollectionListener", "closeCollectionEarlyCompleted"),
      entry("committeeDecisionCompleted", "decideSelectionCompleted"),
      entry("committeeDecisionOpened", "decideSelectionCreated"),
      entry("concludeCampaignDelegate", "concludeCampaign"), entry("demandTriageListener", "triageDemandCompleted"),
      entry("discussionCompleted", "discussScoresCompleted"), entry("discussionOpened", "discussScoresCreated"),
      entry("escalateMissingRepresentativesDelegate", "escalateMissingRepresentatives"),
      entry("evaluationCompleted", "evaluateProjectCompleted"), entry("evaluationOpened", "evaluateProjectCreated"),
      entry("failedVenueDecided", "decideFailedVenueCompleted"), entry("findDuplicatesDelegate", "findDuplicates"),
      entry("goNoGoDecided", "decideGoNoGoCompleted"), entry("issueNoticeDelegate", "issueNotice"),
      entry("keepApplicantOffApprovalListener", "approvalTaskCreated"),
      entry("liveControlCompleted", "liveStateCompleted"), entry("liveControlOpened", "liveStateCreated"),
      entry("loadVenueDelegate", "loadVenue"), entry("modelDecisionListener", "reviewNominationCompleted"),
      entry("openNoticeBatchDelegate", "openNoticeBatch"), entry("openPlanDelegate", "openPlan"),
      entry("overduePlanListener", "handleOverduePlanCompleted"),
      entry("pairingDecisionListener", "approvePairingCompleted"), entry("planExtendedDelegate", "extendPlanDeadline"),
      entry("planOverdueDelegate", "markPlanOverdue"), entry("planReminderDelegate", "sendPlanReminder"),
      entry("planReviewListener", "reviewPlanCompleted"), entry("planSubmissionListener", "submitPlanCompleted"),
      entry("planTaskLabelsListener", "planTaskCreated"), entry("prepareSymposiumDelegate", "prepareSymposium"),
      entry("progressReported", "reportProgressCompleted"),
      entry("projectDecisionListener", "approveProjectCompleted"),
      entry("proposeSelectionDelegate", "proposeSelection"),
      entry("publicStartBySystemOnlyListener", "demandSubmittedPubliclyStarted"),
      entry("publishSelectionDelegate", "publishSelection"),
      entry("recordCollectionResultDelegate", "recordCollectionResult"),
      entry("recordConflictsDelegate", "recordConflicts"), entry("recordDemandDelegate", "recordDemand"),
      entry("recordedVideoSubmitted", "submitRecordedVideoCompleted"),
      entry("recruitmentCompleted", "recruitVolunteersCompleted"),
      entry("recruitmentOpened", "recruitVolunteersCreated"), entry("registerCampaignDelegate", "registerCampaign"),
      entry("registerNominationDelegate", "registerNomination"),
      entry("registerPairingRequestDelegate", "registerPairingRequest"),
      entry("registerProjectDelegate", "registerProject"),
      entry("registerTeamApplicationDelegate", "registerApplication"),
      entry("rehearsalRecorded", "recordRehearsalCompleted"),
      entry("rehearsalScheduled", "scheduleRehearsalCompleted"),
      entry("rehearsalSlotAnswered", "confirmRehearsalSlotCompleted"), entry("remindReportDelegate", "remindReport"),
      entry("remindRepresentativesDelegate", "remindRepresentatives"), entry("remindScorersDelegate", "remindScorers"),
      entry("remindUnsubmittedListener", "remindUnsubmittedCompleted"),
      entry("reminderLogListener", "remindUnsubmittedCreatedOrAssigned"),
      entry("reportOverdueDelegate", "noticeReportOverdue"),
      entry("representativeConfirmationCompleted", "confirmRepresentativeCompleted"),
      entry("representativeConfirmationOpened", "confirmRepresentativeCreated"),
      entry("reviewReminderDelegate", "remindOrEscalateReview"),
      entry("runningOrderCompleted", "arrangeRunningOrderCompleted"),
      entry("scheduleReportDelegate", "scheduleReport"), entry("scorePlanOpened", "scorePlanCreated"),
      entry("sendManualRemindersDelegate", "sendManualReminders"),
      entry("switchToRecordedDelegate", "switchToRecorded"), entry("teamDecisionListener", "approveTeamCompleted"),
      entry("updateNominationDelegate", "updateNomination"),
      entry("updatePairingRequestDelegate", "updatePairingRequest"), entry("updateProjectDelegate", "updateProject"),
      entry("updateTeamApplicationDelegate", "updateApplication"),
      entry("venueRegistrationCompleted", "registerVenueCompleted"), entry("venueStateListener", "venueStateStarted"),
      entry("venueTaskNamed", "venueTaskCreated"));

  @Autowired
  RepositoryService repositoryService;

  @Autowired
  ApplicationContext context;

  /** The deployed latest version of each file in processes/, by file name. */
  private final Map<String, ProcessDefinition> deployedByFile = new TreeMap<>();

  @BeforeAll
  void findTheDeployedVersionOfEveryModelFile() throws IOException {
    for (Resource file : resources("processes/*.bpmn")) {
      String key = executableProcessKey(file);
      ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().singleResult();
      assertThat(definition).as(file.getFilename()).isNotNull();
      assertThat(definition.getResourceName()).as(key).endsWith(file.getFilename());
      deployedByFile.put(file.getFilename(), definition);
    }
    assertThat(deployedByFile).as("the models in processes/").hasSizeGreaterThanOrEqualTo(10);
  }

  @Test
  void everyModelIsDeployedWithAHistoryTimeToLive() {
    deployedByFile.forEach((file, definition) ->
        assertThat(definition.getHistoryTimeToLive()).as(file).isPositive());
  }

  @Test
  void everyUserTaskAndFormStartNamesAFormOfItsOwnDeployment() {
    deployedByFile.forEach((file, definition) -> {
      Set<String> deployedForms = deployedFormIds(definition.getDeploymentId());
      BpmnModelInstance model = model(definition);
      for (UserTask task : model.getModelElementsByType(UserTask.class)) {
        assertThat(task.getCamundaFormRef()).as(file + " " + task.getId()).isNotNull();
        assertThat(task.getCamundaFormRefBinding()).as(file + " " + task.getId()).isEqualTo("deployment");
        assertThat(deployedForms).as(file + " " + task.getId()).contains(task.getCamundaFormRef());
      }
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null) {
          assertThat(start.getCamundaFormRefBinding()).as(file + " " + start.getId()).isEqualTo("deployment");
          assertThat(deployedForms).as(file + " " + start.getId()).contains(start.getCamundaFormRef());
        }
      }
    });
  }

  @Test
  void everyFormInFormsIsUsedByAModel() throws IOException {
    Set<String> used = new HashSet<>();
    deployedByFile.values().forEach(definition -> {
      BpmnModelInstance model = model(definition);
      model.getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
      model.getModelElementsByType(StartEvent.class).forEach(start -> used.add(start.getCamundaFormRef()));
    });
    List<String> forms = new ArrayList<>();
    for (Resource form : resources("forms/*.form")) {
      try (InputStream json = form.getInputStream()) {
        forms.add(FormContract.read(json).formId());
      }
    }
    assertThat(forms).as("the forms in forms/").hasSizeGreaterThanOrEqualTo(30);
    assertThat(used).as("forms no model uses").containsAll(forms);
  }

  @Test
  void everyBeanAnExpressionNamesExists() {
    deployedByFile.forEach((file, definition) -> {
      ModelExpressions expressions = ModelExpressions.of(model(definition));
      assertThat(expressions.beanNames()).as(file + ": expressions that name beans").isNotEmpty();
      assertThat(expressions.beanNames()).as(file).allSatisfy(bean ->
          assertThat(context.containsBean(bean)).as(file + " names bean " + bean).isTrue());
    });
  }

  @Test
  void whatAPersonSeesIsNamedInChinese() {
    deployedByFile.forEach((file, definition) -> {
      BpmnModelInstance model = model(definition);
      List<BaseElement> seen = new ArrayList<>();
      seen.addAll(model.getModelElementsByType(Process.class));
      seen.addAll(model.getModelElementsByType(UserTask.class));
      seen.addAll(model.getModelElementsByType(StartEvent.class));
      seen.addAll(model.getModelElementsByType(EndEvent.class));
      model.getModelElementsByType(SequenceFlow.class).stream()
          .filter(flow -> flow.getSource() instanceof Gateway && flow.getConditionExpression() != null)
          .forEach(seen::add);
      assertThat(seen).as(file).allSatisfy(element -> {
        String name = element.getAttributeValue("name");
        assertThat(name).as(file + " " + element.getId()).isNotNull().containsPattern(CHINESE);
      });
    });
  }

  @Test
  void everyDelegateAndListenerAModelNamesIsABeanOfItsKind() {
    Set<String> named = new HashSet<>();
    for (ProcessDefinition definition : deployedByFile.values()) {
      BpmnModelInstance model = model(definition);
      for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
        assertThat(bean(task.getCamundaDelegateExpression(), named)).as(task.getId()).isInstanceOf(JavaDelegate.class);
      }
      for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
        assertThat(bean(listener.getCamundaDelegateExpression(), named)).as(listener.getCamundaDelegateExpression())
            .isInstanceOf(TaskListener.class);
      }
      for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
        assertThat(bean(listener.getCamundaDelegateExpression(), named)).as(listener.getCamundaDelegateExpression())
            .isInstanceOf(ExecutionListener.class);
      }
    }
    assertThat(named).containsAll(NAMES_OF_EARLIER_MODELS.values());
  }

  @Test
  void theNamesThatModelsDeployedBeforeUseAreTheSameBeans() {
    NAMES_OF_EARLIER_MODELS.forEach((old, current) ->
        assertThat(context.getBean(old)).as(old).isSameAs(context.getBean(current)));
  }

  private Object bean(String delegateExpression, Set<String> named) {
    assertThat(delegateExpression).matches("\\$\\{\\w+}");
    String name = delegateExpression.substring(2, delegateExpression.length() - 1);
    named.add(name);
    return context.getBean(name);
  }

  private BpmnModelInstance model(ProcessDefinition definition) {
    return repositoryService.getBpmnModelInstance(definition.getId());
  }

  private Set<String> deployedFormIds(String deploymentId) {
    Set<String> ids = new HashSet<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        ids.add(FormContract.read(repositoryService.getResourceAsStream(deploymentId, resource)).formId());
      }
    }
    return ids;
  }

  private static Resource[] resources(String pattern) throws IOException {
    return new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
  }

  private static String executableProcessKey(Resource file) throws IOException {
    try (InputStream xml = file.getInputStream()) {
      List<Process> executable = Bpmn.readModelFromStream(xml).getModelElementsByType(Process.class).stream()
          .filter(Process::isExecutable).toList();
      assertThat(executable).as(file.getFilename()).hasSize(1);
      return executable.get(0).getId();
    }
  }
}
