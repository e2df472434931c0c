package cn.org.cast.volunteer.selection;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.plan.PlanRecord;
import cn.org.cast.volunteer.plan.PlanService;
import cn.org.cast.volunteer.plan.PlanStatus;
import cn.org.cast.volunteer.security.Groups;

/**
 * The scoring of a campaign's approved plans: who scores what, the scores, and the plans' results.
 * The bean is {@code scoring} for the model's expressions.
 */
@Service("scoring")
public class ScoringService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ScoringRepository scores;
  private final PlanService plans;
  private final IdentityService identityService;
  private final SelectionSettings settings;
  private final Rubric rubric;

  public ScoringService(ScoringRepository scores, PlanService plans, IdentityService identityService,
      SelectionSettings settings) throws IOException {
    this.scores = scores;
    this.plans = plans;
    this.identityService = identityService;
    this.settings = settings;
    this.rubric = Rubric.read(new ClassPathResource("selection/rubric.csv").getInputStream());
  }

  public Rubric rubric() {
    return rubric;
  }

  /** Assigns every approved plan to its reviewers; returns the plans that got fewer than configured. */
  public List<Long> assign(String campaignId) {
    List<PlanRecord> approved = plans.withStatus(campaignId, PlanStatus.APPROVED);
    List<ScoringAssignment.Reviewer> reviewers = new ArrayList<>();
    for (User user : identityService.createUserQuery().memberOfGroup(Groups.REVIEWERS).list()) {
      Set<String> conflicts = new HashSet<>(scores.declaredConflicts(user.getId()));
      identityService.createGroupQuery().groupMember(user.getId()).groupType(Groups.ORGANIZATION_GROUP_TYPE).list()
          .stream().map(Group::getId).forEach(conflicts::add);
      reviewers.add(new ScoringAssignment.Reviewer(user.getId(), conflicts));
    }
    ScoringAssignment.Result result = ScoringAssignment.assign(approved.stream()
        .map(plan -> new ScoringAssignment.PlanToScore(plan.id(), plan.orgCode())).toList(), reviewers,
        settings.reviewersPerPlan());
    Map<Long, Integer> revisions = new LinkedHashMap<>();
    approved.forEach(plan -> revisions.put(plan.id(), plan.currentRevision()));
    result.reviewersOf().forEach((planId, assigned) ->
        assigned.forEach(reviewer -> scores.assign(planId, revisions.get(planId), reviewer)));
    return result.understaffed();
  }

  /** The collection of the 评分 multi-instance: {@code ${scoring.assignments(campaignId)}}. */
  public List<String> assignments(String campaignId) {
    return scores.assignments(campaignId);
  }

  public static long planOf(String assignment) {
    return Long.parseLong(assignment.substring(0, assignment.indexOf(':')));
  }

  /** The assignee of a 评分 task: {@code ${scoring.reviewer(scoringAssignment)}}. */
  public String reviewer(String assignment) {
    return assignment.substring(assignment.indexOf(':') + 1);
  }

  public void record(long planId, String reviewer, Map<String, Integer> points, String comment) {
    try {
      scores.record(planId, reviewer, JSON.writeValueAsString(points), rubric.score(points), comment);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes every scored plan's scores together; returns the disputed plans. */
  public List<Long> aggregate(String campaignId) {
    List<Long> disputed = new ArrayList<>();
    for (long planId : scores.scoredPlans(campaignId)) {
      List<Double> totals = scores.scoresOf(planId).stream().map(ScoringRepository.Score::total)
          .filter(Objects::nonNull).toList();
      ScoreAggregate aggregate = ScoreAggregate.of(totals, settings.disputeThreshold());
      scores.saveResult(planId, aggregate);
      if (aggregate.disputed()) {
        disputed.add(planId);
      }
    }
    return disputed;
  }

  /** The organisations a reviewer declared a conflict with, by code. */
  public Set<String> declaredConflicts(String reviewer) {
    return scores.declaredConflicts(reviewer);
  }

  /** Whether the plan was given to the reviewer to score. */
  public boolean isAssigned(long planId, String reviewer) {
    return scores.isAssigned(planId, reviewer);
  }

  public List<ScoringRepository.Score> scoresOf(long planId) {
    return scores.scoresOf(planId);
  }

  public void agree(long planId, double score, String reason, String decidedBy) {
    scores.agree(planId, score, reason, decidedBy);
  }
}
