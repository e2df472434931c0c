package cn.org.cast.volunteer.demand;

import static cn.org.cast.volunteer.demand.DemandProcess.*;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.org.cast.volunteer.form.EngineUser;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormRules;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRejectedException;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.organization.OrganizationType;
import cn.org.cast.volunteer.security.Groups;
import cn.org.cast.volunteer.security.RecordGuard;

/**
 * The rules of the demand library: who owns a new demand (the association chosen on the public form, the
 * staff member's own organisation), how it is triaged, which demands look like duplicates, and who sees
 * the submitter's contact.
 */
@Service
public class DemandService {

  /** Titles at least this alike (see {@link TitleSimilarity}) are shown as likely duplicates. */
  static final double DUPLICATE_SIMILARITY = 0.3;
  static final int MOST_DUPLICATES = 5;
  /** How many of the owner's newest demands are compared; older duplicates can still be merged by code. */
  private static final int DUPLICATE_SEARCH = 500;
  private static final Set<String> PUBLIC_FIELDS = Set.of(TITLE, DESCRIPTION, SUBMITTER_KIND, SUBMITTER_NAME,
      CONTACT_NAME, CONTACT_MOBILE, REGION, TECH_FIELD, SERVICE_KIND, KEY_CORE, OWNER_CODE, HONEYPOT);

  private final DemandRepository demands;
  private final Organizations organizations;
  private final FormRules formRules;
  private final RuntimeService runtime;
  private final EngineUser engineAs;
  private final RecordGuard guard;

  public DemandService(DemandRepository demands, Organizations organizations, FormRules formRules,
      RuntimeService runtime, EngineUser engineAs, RecordGuard guard) {
    this.demands = demands;
    this.organizations = organizations;
    this.formRules = formRules;
    this.runtime = runtime;
    this.engineAs = engineAs;
    this.guard = guard;
  }

  /**
   * A demand from the public form, checked as the staff's entry is, on record and in triage at once: the
   * app starts demandTriage itself, by its public message and without a user, so a caller names nothing.
   */
  @Transactional
  public Demand submitPublic(Map<String, Object> body) {
    TreeSet<String> unknown = new TreeSet<>(body.keySet());
    unknown.removeAll(PUBLIC_FIELDS);
    if (!unknown.isEmpty()) {
      throw refused(unknown.first(), "提交的数据包含表单中没有的字段：" + String.join("、", unknown));
    }
    FormValues values = FormValues.of(body);
    if (values.text(HONEYPOT) != null) {
      throw refused(HONEYPOT, "提交未成功，请刷新页面后重新填写");
    }
    formRules.enforce(ENTRY_FORM, values.asMap());
    Organization owner = publicOwner(values.text(REGION), values.text(OWNER_CODE));
    Demand demand = find(demands.insert(DemandSubmission.of(values), owner.code(), DemandChannel.PUBLIC, null));
    engineAs.call(null, () -> runtime.createMessageCorrelation(PUBLIC_MESSAGE).processInstanceBusinessKey(demand.code())
        .setVariables(processVariables(demand)).correlateStartMessage());
    return demand;
  }

  /** A demand entered by the staff of a registry organisation, which owns it. */
  public Demand enterByStaff(String user, Collection<String> userGroups, DemandSubmission submission) {
    List<Organization> own = organizations.activeAmong(userGroups);
    if (own.size() != 1) {
      throw refused(TITLE, "只有全国学会、省级科协的工作人员可以录入创新需求");
    }
    return find(demands.insert(submission, own.get(0).code(), DemandChannel.STAFF, user));
  }

  /** What the triage form shows of a demand, and what the process needs of it. */
  public Map<String, Object> processVariables(Demand demand) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DEMAND_ID, demand.id());
    variables.put(DEMAND_CODE, demand.code());
    variables.put(OWNER_GROUP, demand.ownerCode());
    variables.put(OWNER_NAME, demand.ownerName());
    variables.put(CHANNEL_LABEL, demand.channel().label());
    variables.put(TITLE, demand.title());
    variables.put(DESCRIPTION, demand.description());
    variables.put(SUBMITTER_KIND, demand.submitterKind().name());
    variables.put(SUBMITTER_NAME, demand.submitterName());
    variables.put(CONTACT_NAME, demand.contactName());
    variables.put(CONTACT_MOBILE, demand.contactMobile());
    variables.put(REGION, demand.region());
    variables.put(TECH_FIELD, demand.techField().name());
    variables.put(SERVICE_KIND, demand.serviceKind().name());
    variables.put(KEY_CORE, demand.keyCoreTechnology());
    return variables;
  }

  /**
   * The owner's demands whose title is like this one's, most alike first, as rows of the triage form's
   * table (plain lists and maps, the only object variables the engine reads back).
   */
  public List<Map<String, String>> likelyDuplicates(long demandId) {
    Demand demand = find(demandId);
    record Candidate(Demand demand, double similarity) {}
    return demands.mergeTargets(demand.ownerCode(), demandId, DUPLICATE_SEARCH).stream()
        .map(other -> new Candidate(other, TitleSimilarity.of(demand.title(), other.title())))
        .filter(candidate -> candidate.similarity() >= DUPLICATE_SIMILARITY)
        .sorted(Comparator.comparingDouble(Candidate::similarity).reversed()).limit(MOST_DUPLICATES)
        .map(candidate -> Map.of("code", candidate.demand().code(), "title", candidate.demand().title(),
            "status", candidate.demand().status().label(),
            "similarity", Math.round(candidate.similarity() * 100) + "%"))
        .toList();
  }

  /**
   * The owner's staff triage a new demand: into the library, merged with a duplicate of the same owner that
   * is still open, or declined (the reason is the validator's to require). Only in the demand's own process
   * (its business key is the demand's code), and only by the owner as our table holds it.
   */
  public void triage(long demandId, String businessKey, TriageDecision decision, String mergeIntoCode, String reason,
      String user) {
    if (user == null) {
      throw refused(TRIAGE_DECISION, "分拣须由受理单位的工作人员办理");
    }
    Demand demand = guard.keyed(demands.find(demandId), Demand.code(demandId), businessKey, "需求");
    guard.requireGroup(Set.of(demand.ownerCode()),
        "需求 " + demand.code() + " 由" + demand.ownerName() + "受理，只能由该单位的工作人员分拣。");
    guard.requireState(demand.status() == DemandStatus.SUBMITTED, "需求 " + demand.code() + " 已分拣，不能重复分拣");
    if (decision == TriageDecision.MERGE) {
      List<FieldViolation> problems = mergeProblems(demandId, mergeIntoCode);
      if (!problems.isEmpty()) {
        throw new SubmissionRejectedException(problems);
      }
    }
    Long target = decision == TriageDecision.MERGE ? Demand.idOf(mergeIntoCode) : null;
    DemandStatus status = switch (decision) {
      case ACCEPT -> DemandStatus.ACCEPTED;
      case MERGE -> DemandStatus.MERGED;
      case DECLINE -> DemandStatus.DECLINED;
    };
    if (!demands.triage(demandId, status, target, decision == TriageDecision.DECLINE ? reason : null, user)) {
      throw refused(TRIAGE_DECISION, "需求 " + demand.code() + " 已分拣，不能重复分拣");
    }
  }

  /** CAST's organisers and the owning association see who to call; everyone else sees it masked. */
  public static boolean mayReadContact(Collection<String> userGroups, Demand demand) {
    return userGroups.contains(Groups.ORGANIZERS) || userGroups.contains(demand.ownerCode());
  }

  public Demand find(long id) {
    return demands.find(id).orElseThrow(() -> refused(DEMAND_ID, "没有编号为 " + Demand.code(id) + " 的需求"));
  }

  /** The demands a service project names, by id. */
  public List<ProjectDemand> forProject(Collection<Long> demandIds) {
    return demands.projectDemands(demandIds);
  }

  /** The demands a service project holds, by id. */
  public List<ProjectDemand> heldBy(long projectId) {
    return demands.demandsOfProject(projectId);
  }

  /** The demands now in the project's hands; any it held before and no longer names go back to the library. */
  public void takeOn(long projectId, Collection<Long> demandIds) {
    demands.release(projectId);
    demands.takeOn(projectId, demandIds);
  }

  /** Every demand the project held goes back to the library. */
  public void release(long projectId) {
    demands.release(projectId);
  }

  /** The project closed: each demand it held is served, with what the project achieved for it. */
  public void recordResults(long projectId, Map<Long, String> results) {
    demands.recordResults(projectId, results);
  }

  /** Why the demand may not be merged into the one the code names: none when it may. */
  public List<FieldViolation> mergeProblems(long demandId, String code) {
    Demand demand = find(demandId);
    Optional<Demand> found = Optional.ofNullable(Demand.idOf(code)).flatMap(demands::find);
    if (found.isEmpty()) {
      return List.of(new FieldViolation(MERGE_INTO, "没有编号为 " + code + " 的需求"));
    }
    Demand target = found.get();
    if (target.id() == demand.id()) {
      return List.of(new FieldViolation(MERGE_INTO, "不能把需求合并到它自己，请填写与之重复的另一条需求的编号"));
    }
    if (!target.ownerCode().equals(demand.ownerCode())) {
      return List.of(new FieldViolation(MERGE_INTO,
          "需求 " + target.code() + " 由" + target.ownerName() + "受理，只能合并到本单位受理的需求"));
    }
    if (!target.status().takesDuplicates()) {
      return List.of(new FieldViolation(MERGE_INTO,
          "需求 " + target.code() + " " + target.status().label() + "，不能再合并到它"));
    }
    return List.of();
  }

  /**
   * The association chosen on the public form: by default the provincial association of the demand's
   * region; or a national society, or that provincial association named explicitly.
   */
  private Organization publicOwner(String region, String chosen) {
    Organization regional = organizations.activeOfType(OrganizationType.PROVINCIAL_ASSOCIATION).stream()
        .filter(org -> org.region().equals(region))
        .findFirst().orElseThrow(() -> refused(REGION, "所在地区“" + region + "”没有对应的省级科协"));
    if (chosen == null || chosen.equals(regional.code())) {
      return regional;
    }
    return organizations.activeAmong(List.of(chosen)).stream()
        .filter(org -> org.type() == OrganizationType.NATIONAL_SOCIETY).findFirst()
        .orElseThrow(() -> refused(OWNER_CODE, "受理单位应为所在地区的省级科协或一个全国学会，请从选项中选择"));
  }

  private static SubmissionRejectedException refused(String field, String message) {
    return new SubmissionRejectedException(List.of(new FieldViolation(field, message)));
  }
}
