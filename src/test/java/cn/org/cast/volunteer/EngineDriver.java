package cn.org.cast.volunteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import cn.org.cast.volunteer.document.DocumentKind;
import cn.org.cast.volunteer.document.DocumentService;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanProcess;

/**
 * Drives the engine as the people and the job executor would: each call acts as a named user with
 * that user's groups (so Camunda's authorizations apply), and jobs run when a test says so.
 */
public class EngineDriver {

  private final ProcessEngine engine;
  private final DocumentService documents;

  public EngineDriver(ProcessEngine engine, DocumentService documents) {
    this.engine = engine;
    this.documents = documents;
  }

  public <T> T as(String userId, Supplier<T> action) {
    List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  public void as(String userId, Runnable action) {
    as(userId, () -> {
      action.run();
      return null;
    });
  }

  /** The organiser submits the start form; returns the campaign instance. */
  public ProcessInstance startCampaign(Map<String, Object> startForm) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(CampaignProcess.KEY).latestVersion().singleResult().getId();
    return as("organizer", () -> engine.getFormService().submitStartForm(definitionId, startForm));
  }

  /** Runs every due job until none is left, as the job executor would. */
  public void executeJobs() {
    for (int round = 0; round < 10_000; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().listPage(0, 50);
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new IllegalStateException("jobs keep coming");
  }

  public ProcessInstance plan(String campaignId, String orgCode) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PlanProcess.KEY)
        .processInstanceBusinessKey(campaignId + "/" + orgCode).singleResult();
  }

  public Task task(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /**
   * Completes the instance's open task as the user, through the form service as Tasklist does; a plan
   * being submitted first gets its stamped PDF and Word file, as the submitter uploads them.
   */
  public void submit(String userId, ProcessInstance instance, Map<String, Object> form) {
    Task task = task(instance);
    if (PlanProcess.SUBMIT_TASK.equals(task.getTaskDefinitionKey())
        && !"WITHDRAW".equals(form.get(PlanProcess.SUBMISSION_ACTION))) {
      attachDocuments(userId, task.getId());
    }
    as(userId, () -> engine.getFormService().submitTaskForm(task.getId(), form));
  }

  public void attachDocuments(String userId, String taskId) {
    try {
      byte[] pdf = SampleDocuments.pdf();
      byte[] docx = SampleDocuments.docx();
      documents.upload(userId, taskId, DocumentKind.STAMPED_PDF, "筹备工作方案（盖章）.pdf", pdf.length,
          new ByteArrayInputStream(pdf));
      documents.upload(userId, taskId, DocumentKind.WORD, "筹备工作方案.docx", docx.length, new ByteArrayInputStream(docx));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
