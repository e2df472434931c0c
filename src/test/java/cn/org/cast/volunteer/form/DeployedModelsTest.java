package cn.org.cast.volunteer.form;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.venue.LinkupProcess;

/**
 * The models and forms as the app deploys them: every formRef resolves, every diagram can be drawn, every
 * delegate and listener a model names is a bean of its kind, and so are the names older models used.
 */
@AppTest
class DeployedModelsTest {

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

  @Test
  void theProcessesAreDeployedWithTheirDiagrams() {
    for (String key : List.of(CampaignProcess.KEY, PlanProcess.KEY, LinkupProcess.KEY)) {
      ProcessDefinition definition = latest(key);
      assertThat(definition).as(key).isNotNull();
      assertThat(definition.getHistoryTimeToLive()).as(key).isPositive();
      assertThat(model(definition).getModelElementsByType(BpmnDiagram.class)).as(key).isNotEmpty();
    }
  }

  @Test
  void everyFormRefResolvesToAFormOfTheSameDeployment() {
    for (String key : List.of(CampaignProcess.KEY, PlanProcess.KEY, LinkupProcess.KEY)) {
      ProcessDefinition definition = latest(key);
      Map<String, String> formsById = deployedFormIds(definition.getDeploymentId());
      BpmnModelInstance model = model(definition);
      List<String> refs = Stream.concat(
              model.getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef),
              model.getModelElementsByType(StartEvent.class).stream().map(StartEvent::getCamundaFormRef))
          .filter(ref -> ref != null).toList();
      assertThat(refs).as(key).isNotEmpty();
      assertThat(formsById).as(key).containsKeys(refs.toArray(String[]::new));
    }
  }

  @Test
  void everyDelegateAndListenerAModelNamesIsABeanOfItsKind() {
    Set<String> named = new HashSet<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
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

  private ProcessDefinition latest(String key) {
    return repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
  }

  private BpmnModelInstance model(ProcessDefinition definition) {
    return repositoryService.getBpmnModelInstance(definition.getId());
  }

  private Map<String, String> deployedFormIds(String deploymentId) {
    Map<String, String> ids = new HashMap<>();
    for (String resource : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (resource.endsWith(".form")) {
        ids.put(FormContract.read(repositoryService.getResourceAsStream(deploymentId, resource)).formId(), resource);
      }
    }
    return ids;
  }
}
