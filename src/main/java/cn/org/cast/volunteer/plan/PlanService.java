package cn.org.cast.volunteer.plan;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;

/**
 * The life of one organisation's plan: opened, submitted in revisions, decided on. Every change reads the
 * plan's owner, state and process instance from our tables and checks them against the instance doing the
 * work and the signed-in user, whatever the process variables say: the organisation submits or withdraws
 * its own plan, reviewers (or the organisers) decide on a submitted one, never of their own organisation,
 * and the organisers handle overdue ones.
 */
@Service
public class PlanService {

  /** Where the organisation may still submit or withdraw: the submit task is open. */
  static final Set<PlanStatus> OPEN_FOR_SUBMISSION =
      EnumSet.of(PlanStatus.NOT_STARTED, PlanStatus.RETURNED, PlanStatus.EXTENDED);
  static final Set<PlanStatus> UNSETTLED = EnumSet.of(PlanStatus.NOT_STARTED, PlanStatus.SUBMITTED,
      PlanStatus.RETURNED, PlanStatus.OVERDUE, PlanStatus.EXTENDED);

  private final PlanRepository plans;
  private final Organizations organizations;
  private final RecordGuard guard;

  public PlanService(PlanRepository plans, Organizations organizations, RecordGuard guard) {
    this.plans = plans;
    this.organizations = organizations;
    this.guard = guard;
  }

  /** A plan opened for its process instance, with the host organisation's registry name. */
  public record OpenedPlan(long planId, String hostOrganization) {}

  /**
   * Binds the roster's plan to its process instance, once: the campaign's jobs do this without a user, an
   * organiser at most; a plan another instance already works on stays with it.
   */
  public OpenedPlan open(String campaignId, String orgCode, String processInstanceId) {
    guard.requireGroup(Set.of(Groups.ORGANIZERS), "方案档案由主题活动的通知流程建立，不能自行发起方案报送流程。");
    PlanRecord plan = plans.find(campaignId, orgCode);
    if (plan.processInstanceId() != null && !plan.processInstanceId().equals(processInstanceId)) {
      throw new RecordGuard.Refused("该单位本次活动的方案已在办理中，不能重复建立方案档案。");
    }
    plans.attachProcessInstance(plan.id(), processInstanceId);
    Organization host = organizations.find(orgCode)
        .orElseThrow(() -> new IllegalStateException("No organisation " + orgCode));
    return new OpenedPlan(plan.id(), host.name());
  }

  /** Stores the submission as the plan's next revision; returns its number (1 for the first). */
  public int submit(long planId, String processInstanceId, PlanSubmission submission, String submittedBy,
      OffsetDateTime submittedAt) {
    PlanRecord plan = bound(planId, processInstanceId);
    checkOwner(plan, "提交");
    int revision = plan.currentRevision() + 1;
    // The host is the plan's organisation as the registry names it, whatever the (read-only) field says.
    String host = organizations.find(plan.orgCode()).map(Organization::name).orElse(submission.hostOrganization());
    plans.insertRevision(planId, revision, submission.withHostOrganization(host), submittedBy, submittedAt);
    plans.updateStatus(planId, PlanStatus.SUBMITTED, revision);
    return revision;
  }

  /**
   * Records a decision on the plan's current revision, made in the plan's own process instance, and moves
   * the plan to the status it leads to.
   */
  public PlanStatus decide(long planId, String processInstanceId, PlanDecision decision, String comment,
      String decidedBy) {
    PlanRecord plan = bound(planId, processInstanceId);
    switch (decision) {
      case WITHDRAW -> checkOwner(plan, "撤回");
      case APPROVE, RETURN, REJECT -> {
        guard.requireGroup(Set.of(Groups.REVIEWERS, Groups.ORGANIZERS), "审核方案须由方案审核人或中国科协组织人事部的工作人员办理。");
        guard.refuseGroup(plan.orgCode(), "不能审核本单位报送的方案，请由方案审核人办理。");
        requireStatus(plan, EnumSet.of(PlanStatus.SUBMITTED), "审核");
      }
      case OVERDUE -> {
        guard.requireGroup(Set.of(Groups.ORGANIZERS), "逾期由系统在报送截止时登记。");
        requireStatus(plan, OPEN_FOR_SUBMISSION, "登记逾期");
      }
      case EXTEND, CLOSE_UNSUBMITTED -> {
        guard.requireGroup(Set.of(Groups.ORGANIZERS), "逾期方案须由中国科协组织人事部的工作人员处理。");
        requireStatus(plan, EnumSet.of(PlanStatus.OVERDUE), "处理逾期");
      }
      case CLOSE -> throw new RecordGuard.Refused("提前结束征集时由征集流程统一关闭方案。");
    }
    record(plan, decision, comment, decidedBy);
    return decision.resultingStatus();
  }

  /** Closes a plan still open when the organisers end collection early (the campaign's step, not the plan's). */
  public void close(long planId, String comment) {
    guard.requireGroup(Set.of(Groups.ORGANIZERS), "提前结束征集须由中国科协组织人事部的工作人员办理。");
    PlanRecord plan = plans.find(planId);
    requireStatus(plan, UNSETTLED, "关闭");
    record(plan, PlanDecision.CLOSE, comment, guard.userId());
  }

  /** Puts an organisation on a campaign's roster with a plan not yet started; once, however often called. */
  public void addToRoster(String campaignId, String orgCode) {
    plans.createIfAbsent(campaignId, orgCode);
  }

  public PlanRecord find(long planId) {
    return plans.find(planId);
  }

  /** The organisation's plan in the campaign. */
  public PlanRecord find(String campaignId, String orgCode) {
    return plans.find(campaignId, orgCode);
  }

  /** A campaign's plans in the status, by organisation code. */
  public List<PlanRecord> withStatus(String campaignId, PlanStatus status) {
    return plans.findWithStatus(campaignId, status);
  }

  /** A campaign's plans still open. */
  public List<PlanRecord> unsettled(String campaignId) {
    return plans.findUnsettled(campaignId);
  }

  public Map<PlanStatus, Integer> countByStatus(String campaignId) {
    return plans.countByStatus(campaignId);
  }

  /** The organisations of a campaign whose plan is in one of the statuses, by code. */
  public List<String> organisationsWithStatus(String campaignId, Collection<PlanStatus> statuses) {
    return plans.orgCodesWithStatus(campaignId, statuses);
  }

  public RevisionFacts revisionFacts(long planId, int revision) {
    return plans.revisionFacts(planId, revision);
  }

  public List<ProposedCandidate> proposedTeams(long planId, int revision) {
    return plans.proposedTeams(planId, revision);
  }

  public List<ProposedCandidate> proposedVenues(long planId, int revision) {
    return plans.proposedVenues(planId, revision);
  }

  public List<ProposedCandidate> nominatedSocieties(long planId, int revision) {
    return plans.nominatedSocieties(planId, revision);
  }

  /** The plan's description of a venue it proposed (candidate id "<plan>-V<position>"), if it is still there. */
  public Optional<VenueProposal> venueProposal(String candidateId) {
    int dash = candidateId.lastIndexOf("-V");
    return plans.venueProposal(Long.parseLong(candidateId.substring(0, dash)),
        Integer.parseInt(candidateId.substring(dash + 2)));
  }

  /** What a reviewer needs to see of a submitted revision: host, activity name and plan text. */
  public Map<String, String> revisionSummary(long planId, int revision) {
    return plans.revisionSummary(planId, revision);
  }

  private void record(PlanRecord plan, PlanDecision decision, String comment, String decidedBy) {
    plans.insertDecision(plan.id(), plan.currentRevision(), decision, comment, decidedBy);
    plans.updateStatus(plan.id(), decision.resultingStatus(), plan.currentRevision());
  }

  /** The plan as our tables hold it, if it is the one this process instance works on. */
  private PlanRecord bound(long planId, String processInstanceId) {
    PlanRecord plan = plans.findByProcessInstance(processInstanceId)
        .orElseThrow(() -> new RecordGuard.Refused("当前流程没有对应的方案档案，不能办理。"));
    // The plan the variables name must be that one.
    guard.requireInstance(Long.toString(plan.id()), Long.toString(planId), "方案");
    return plan;
  }

  /** Only the organisation the plan is for submits or withdraws it, while its submit task is open. */
  private void checkOwner(PlanRecord plan, String action) {
    guard.requireGroup(Set.of(plan.orgCode()), "只有方案的报送单位可以" + action + "该方案，您所在的单位不是该方案的报送单位。");
    requireStatus(plan, OPEN_FOR_SUBMISSION, action);
  }

  private void requireStatus(PlanRecord plan, Set<PlanStatus> allowed, String action) {
    guard.requireState(allowed.contains(plan.status()),
        "方案当前状态为“" + plan.status().label() + "”，不能" + action + "。请刷新任务列表。");
  }
}
