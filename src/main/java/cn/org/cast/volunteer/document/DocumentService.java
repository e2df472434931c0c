package cn.org.cast.volunteer.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.plan.PlanRecord;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.selection.ScoringService;

/**
 * The documents of a plan, reached through one of its tasks or by id. The organisation works on the
 * revision it is preparing (uploads, replaces, deletes while its submit task is open); reviewers and
 * organisers see the revision under review. Who may see a plan's documents is read from our tables: its
 * organisation and the organisers always; a reviewer while the plan waits for review (every reviewer is a
 * candidate for it) or once given it to score, and never a plan of an organisation they declared a
 * conflict with.
 */
@Service
public class DocumentService {

  /** What a task shows in its 附件 tab. */
  public record TaskDocuments(String taskId, int revision, boolean canUpload, List<PlanDocument> documents,
      Set<DocumentKind> missing) {}

  private record TaskPlan(Task task, PlanRecord plan, boolean preparing) {

    int revision() {
      return preparing ? plan.currentRevision() + 1 : plan.currentRevision();
    }
  }

  private final DocumentRepository documents;
  private final DocumentStore store;
  private final DocumentInspector inspector;
  private final PlanService plans;
  private final EngineUser engineAs;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final TransactionTemplate transaction;
  private final Organizations organizations;
  private final ScoringService scoring;

  public DocumentService(DocumentRepository documents, DocumentStore store, DocumentInspector inspector,
      PlanService plans, EngineUser engineAs, TaskService taskService, IdentityService identityService,
      TransactionTemplate transaction, Organizations organizations, ScoringService scoring) {
    this.scoring = scoring;
    this.documents = documents;
    this.store = store;
    this.inspector = inspector;
    this.plans = plans;
    this.engineAs = engineAs;
    this.taskService = taskService;
    this.identityService = identityService;
    this.transaction = transaction;
    this.organizations = organizations;
  }

  public TaskDocuments list(String userId, String taskId) {
    TaskPlan taskPlan = taskPlan(userId, taskId);
    List<PlanDocument> current = documents.forRevision(taskPlan.plan().id(), taskPlan.revision());
    return new TaskDocuments(taskId, taskPlan.revision(), mayUpload(userId, taskPlan), current, missing(current));
  }

  /** Receives, checks and keeps a document of the revision being prepared, replacing one of its kind. */
  public PlanDocument upload(String userId, String taskId, DocumentKind kind, String fileName, long declaredSize,
      InputStream content) throws IOException {
    TaskPlan taskPlan = taskPlan(userId, taskId);
    if (!mayUpload(userId, taskPlan)) {
      throw new DocumentRejectedException(403, "只有报送单位可以在“提交筹备工作方案”任务办理期间上传附件。");
    }
    if (declaredSize > store.maxSize()) {
      throw store.tooLarge();
    }
    DocumentStore.Received received = store.receive(content);
    DocumentFormat format;
    try {
      format = inspector.inspect(received.file(), kind);
    } catch (IOException | RuntimeException e) {
      store.discard(received);
      throw e;
    }
    String key = store.keep(received);
    long planId = taskPlan.plan().id();
    int revision = taskPlan.revision();
    List<PlanDocument> replaced = transaction.execute(status -> {
      List<PlanDocument> earlier = documents.forRevision(planId, revision).stream()
          .filter(document -> document.kind() == kind).toList();
      earlier.forEach(document -> documents.delete(document.id()));
      documents.insert(planId, revision, kind, displayName(fileName, kind), format, received.size(),
          received.sha256(), key, userId);
      return earlier;
    });
    for (PlanDocument document : replaced) {
      store.delete(document.storageKey());
    }
    return documents.forRevision(planId, revision).stream().filter(document -> document.kind() == kind)
        .findFirst().orElseThrow();
  }

  /** Removes a document of the revision being prepared (a submitted revision's documents stay). */
  public void delete(String userId, String taskId, DocumentKind kind) throws IOException {
    TaskPlan taskPlan = taskPlan(userId, taskId);
    if (!mayUpload(userId, taskPlan)) {
      throw new DocumentRejectedException(403, "只有报送单位可以在“提交筹备工作方案”任务办理期间删除附件。");
    }
    for (PlanDocument document : documents.forRevision(taskPlan.plan().id(), taskPlan.revision())) {
      if (document.kind() == kind) {
        documents.delete(document.id());
        store.delete(document.storageKey());
      }
    }
  }

  /** A document to download, if the user may see its plan. */
  public PlanDocument document(String userId, long documentId) {
    PlanDocument document = documents.find(documentId)
        .orElseThrow(() -> new DocumentRejectedException(404, "附件不存在或您无权下载。"));
    PlanRecord plan = plans.find(document.planId());
    // A revision still being prepared is the organisation's own until it submits it.
    boolean draft = document.revision() > plan.currentRevision();
    if (!mayRead(userId, plan) || draft && !groups(userId).contains(plan.orgCode())) {
      throw new DocumentRejectedException(404, "附件不存在或您无权下载。");
    }
    return document;
  }

  public InputStream content(PlanDocument document) throws IOException {
    return store.open(document.storageKey());
  }

  /** The form values of a task the user may see the plan of: what Attachment 1 is generated from. */
  public Map<String, Object> formValues(String userId, String taskId) {
    taskPlan(userId, taskId);
    return engineAs.call(userId, () -> taskService.getVariables(taskId));
  }

  /**
   * Every approved plan's documents of the campaign in one zip, a folder per organisation; for the
   * organisers only.
   */
  public void writeApprovedDocuments(String userId, String campaignId, OutputStream out) throws IOException {
    checkMayExport(userId);
    Map<String, String> names = organizations.namesByCode();
    try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
      for (PlanRecord plan : plans.withStatus(campaignId, PlanStatus.APPROVED)) {
        String folder = names.getOrDefault(plan.orgCode(), plan.orgCode()) + "（" + plan.orgCode() + "）/";
        for (PlanDocument document : documents.forRevision(plan.id(), plan.currentRevision())) {
          zip.putNextEntry(new ZipEntry(folder + document.kind().label() + extension(document)));
          try (InputStream content = store.open(document.storageKey())) {
            content.transferTo(zip);
          }
          zip.closeEntry();
        }
      }
    }
  }

  /** Checked before a response starts streaming, so that a refusal is still a clean 403. */
  public void checkMayExport(String userId) {
    if (!groups(userId).contains(Groups.ORGANIZERS)) {
      throw new DocumentRejectedException(403, "只有组织者可以导出全部已通过方案的附件。");
    }
  }

  private static String extension(PlanDocument document) {
    return switch (document.contentType()) {
      case "application/pdf" -> ".pdf";
      case "application/msword" -> ".doc";
      default -> ".docx";
    };
  }

  /** The kinds still missing from the revision a plan is preparing. */
  public Set<DocumentKind> missingForSubmission(long planId) {
    return missing(documents.forRevision(planId, plans.find(planId).currentRevision() + 1));
  }

  private TaskPlan taskPlan(String userId, String taskId) {
    Task task = engineAs.call(userId, () -> taskService.createTaskQuery().taskId(taskId).singleResult());
    if (task == null) {
      throw new DocumentRejectedException(404, "任务不存在或您无权查看该任务。");
    }
    // The plan's task, or a task about a plan (e.g. scoring it) that carries its id itself.
    Object planId = engineAs.call(null, () -> taskService.getVariable(taskId, PlanProcess.PLAN_ID));
    if (!(planId instanceof Number id)) {
      throw new DocumentRejectedException(404, "该任务没有方案附件。");
    }
    PlanRecord plan = plans.find(id.longValue());
    if (!mayRead(userId, plan)) {
      throw new DocumentRejectedException(403, "您无权查看该方案的附件。");
    }
    return new TaskPlan(task, plan, PlanProcess.SUBMIT_TASK.equals(task.getTaskDefinitionKey()));
  }

  private boolean mayUpload(String userId, TaskPlan taskPlan) {
    return taskPlan.preparing() && groups(userId).contains(taskPlan.plan().orgCode());
  }

  private boolean mayRead(String userId, PlanRecord plan) {
    List<String> groups = groups(userId);
    if (groups.contains(plan.orgCode()) || groups.contains(Groups.ORGANIZERS)) {
      return true;
    }
    return groups.contains(Groups.REVIEWERS) && !scoring.declaredConflicts(userId).contains(plan.orgCode())
        && (plan.status() == PlanStatus.SUBMITTED || scoring.isAssigned(plan.id(), userId));
  }

  private List<String> groups(String userId) {
    return engineAs.call(null, () -> identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
  }

  private static Set<DocumentKind> missing(List<PlanDocument> present) {
    Set<DocumentKind> missing = EnumSet.allOf(DocumentKind.class);
    present.forEach(document -> missing.remove(document.kind()));
    return missing;
  }

  /** The name as the user chose it, for display only: no folders, no control characters. */
  static String displayName(String fileName, DocumentKind kind) {
    String name = fileName == null ? "" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return kind.label();
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
