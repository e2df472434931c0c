package cn.org.cast.volunteer.plan;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Service;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRepository;
import cn.org.cast.volunteer.plan.PlanRepository.PlanRecord;

/** The life of one organisation's plan: opened, submitted in revisions, decided on. */
@Service
public class PlanService {

  private final PlanRepository plans;
  private final OrganizationRepository organizations;

  public PlanService(PlanRepository plans, OrganizationRepository organizations) {
    this.plans = plans;
    this.organizations = organizations;
  }

  /** A plan opened for its process instance, with the host organisation's registry name. */
  public record OpenedPlan(long planId, String hostOrganization) {}

  public OpenedPlan open(String campaignId, String orgCode, String processInstanceId) {
    PlanRecord plan = plans.find(campaignId, orgCode);
    plans.attachProcessInstance(plan.id(), processInstanceId);
    Organization host = organizations.findByCode(orgCode)
        .orElseThrow(() -> new IllegalStateException("No organisation " + orgCode));
    return new OpenedPlan(plan.id(), host.name());
  }

  /** Stores the submission as the plan's next revision; returns its number (1 for the first). */
  public int submit(long planId, PlanSubmission submission, String submittedBy, OffsetDateTime submittedAt) {
    PlanRecord plan = plans.find(planId);
    int revision = plan.currentRevision() + 1;
    plans.insertRevision(planId, revision, submission, submittedBy, submittedAt);
    plans.updateStatus(planId, PlanStatus.SUBMITTED, revision);
    return revision;
  }

  /** Records a decision on the plan's current revision and moves the plan to the status it leads to. */
  public PlanStatus decide(long planId, PlanDecision decision, String comment, String decidedBy) {
    PlanRecord plan = plans.find(planId);
    plans.insertDecision(planId, plan.currentRevision(), decision, comment, decidedBy);
    plans.updateStatus(planId, decision.resultingStatus(), plan.currentRevision());
    return decision.resultingStatus();
  }
}
