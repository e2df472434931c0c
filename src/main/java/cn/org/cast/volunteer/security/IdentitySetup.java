package cn.org.cast.volunteer.security;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.demand.DemandProcess;
import cn.org.cast.volunteer.honour.ModelProcess;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.venue.LinkupProcess;
import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.plan.PlanProcess;
import cn.org.cast.volunteer.platform.PairingProcess;
import cn.org.cast.volunteer.selection.SelectionProcess;
import cn.org.cast.volunteer.project.ProjectProcess;
import cn.org.cast.volunteer.team.TeamProcess;

/**
 * At every start, in every profile: the registry is synchronised from its data file, each
 * organisation and each role is a Camunda group, and the roles hold the authorizations and Tasklist
 * filters their work needs. Everything is created only where missing, so restarts change nothing; the grants
 * narrowed to the least a role needs are also set back to exactly that where a database holds more.
 */
@Component
@Order(1)
public class IdentitySetup implements ApplicationRunner {

  public static final String MY_TASKS_FILTER = "我的待办";
  public static final String PLANS_TO_REVIEW_FILTER = "待审核方案";
  static final String ORGANIZER_TASKS_FILTER = "活动管理";
  static final String COMMITTEE_TASKS_FILTER = "遴选审定";
  static final String SYMPOSIUM_TASKS_FILTER = "座谈会与分会场";
  /** The roles that prepare and run the symposium. */
  private static final List<String> SYMPOSIUM_ROLES = List.of(Groups.CEREMONY, Groups.CEREMONY_LEAD, Groups.AV_ENGINEERS);

  /** What following a process in Cockpit takes: its model, its instances, their history and tasks; nothing to change. */
  private static final Permission[] FOLLOW_IN_COCKPIT = {ProcessDefinitionPermissions.READ,
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
      ProcessDefinitionPermissions.READ_TASK};
  /**
   * The processes the selection committee follows: the campaign (its selection and publication included), its
   * notice batches, the plans and the reviewers' conflict declarations. Demands, venues' linkups, teams, pairings,
   * projects and models hold contacts' phone numbers the app never shows the committee.
   */
  static final List<String> COMMITTEE_PROCESSES = List.of(CampaignProcess.KEY, CampaignProcess.NOTICE_BATCH_KEY,
      PlanProcess.KEY, SelectionProcess.CONFLICT_PROCESS_KEY);

  private static final Map<String, String> ROLE_NAMES = Map.of(
      Groups.ORGANIZERS, "中国科协组织人事部（活动组织者）",
      Groups.REVIEWERS, "方案审核人",
      Groups.COMMITTEE, "遴选委员会",
      Groups.CEREMONY, "仪式筹备组",
      Groups.CEREMONY_LEAD, "仪式总负责",
      Groups.AV_ENGINEERS, "音视频工程师");

  private final OrganizationRegistry registry;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  public IdentitySetup(OrganizationRegistry registry, IdentityService identityService,
      AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
    this.registry = registry;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    ROLE_NAMES.forEach((id, name) -> ensureGroup(id, name, Groups.ROLE_GROUP_TYPE));
    Set<String> existing = identityService.createGroupQuery().groupType(Groups.ORGANIZATION_GROUP_TYPE).list()
        .stream().map(Group::getId).collect(Collectors.toSet());
    List<Organization> organisations = registry.synchronizeFromDataFile();
    for (Organization org : organisations) {
      if (!existing.contains(org.code())) {
        saveGroup(org.code(), org.name(), Groups.ORGANIZATION_GROUP_TYPE);
      }
    }
    grantApplications();
    grantProcessAccess();
    grantOrganisationProcesses(organisations.stream().map(Organization::code).toList(), TeamProcess.KEY,
        PairingProcess.KEY, DemandProcess.KEY, ProjectProcess.KEY,
        ModelProcess.KEY);
    ensureFilters();
  }

  private void grantApplications() {
    grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String role : Set.of(Groups.ORGANIZERS, Groups.COMMITTEE)) {
      grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
  }

  private void grantProcessAccess() {
    // Everyone who works a task may see the model it belongs to (Tasklist's diagram tab); no instances.
    grantGlobal(Resources.PROCESS_DEFINITION, PlanProcess.KEY, ProcessDefinitionPermissions.READ);
    grantGlobal(Resources.PROCESS_DEFINITION, CampaignProcess.KEY, ProcessDefinitionPermissions.READ);
    grant(Groups.ORGANIZERS, Resources.PROCESS_DEFINITION, CampaignProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.ORGANIZERS, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
    // Reviewers declare the organisations they stand aside from, from Tasklist's Start process.
    grant(Groups.REVIEWERS, Resources.PROCESS_DEFINITION, SelectionProcess.CONFLICT_PROCESS_KEY,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.REVIEWERS, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
    // The symposium roles see the linkup model and its venues; they move a venue only through its tasks
    // (TASK_WORK as candidates) and the venue signals API, which checks role and state before correlating.
    grantGlobal(Resources.PROCESS_DEFINITION, LinkupProcess.KEY, ProcessDefinitionPermissions.READ);
    for (String role : SYMPOSIUM_ROLES) {
      grantExactly(role, Resources.PROCESS_DEFINITION, LinkupProcess.KEY, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.READ_INSTANCE);
    }
    // Organisers follow every process in Cockpit, read-only: the app shows them demands' and venues' contacts too.
    grant(Groups.ORGANIZERS, Resources.PROCESS_DEFINITION, Authorization.ANY, FOLLOW_IN_COCKPIT);
    // The committee sees every model but follows only the campaign's own processes.
    grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
    for (String key : COMMITTEE_PROCESSES) {
      grantExactly(Groups.COMMITTEE, Resources.PROCESS_DEFINITION, key, FOLLOW_IN_COCKPIT);
    }
    for (String role : Set.of(Groups.ORGANIZERS, Groups.COMMITTEE)) {
      grant(role, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }
  }

  /**
   * Every organisation starts these from Tasklist's 启动流程: applying for its corps and teams (seed T1),
   * pairing with grassroots centres (seed T2), entering demands and setting up service projects (seed T3),
   * nominating advanced teams and typical people (seed T4).
   */
  private void grantOrganisationProcesses(List<String> organisations, String... processKeys) {
    for (String key : processKeys) {
      grantEach(organisations, Resources.PROCESS_DEFINITION, key, ProcessDefinitionPermissions.READ,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    grantEach(organisations, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
  }

  /** The same grant to many groups, reading once which of them have one already. */
  private void grantEach(List<String> groupIds, Resource resource, String resourceId, Permission... permissions) {
    Set<String> present = authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
        .list().stream().map(Authorization::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
    for (String groupId : groupIds) {
      if (!present.contains(groupId)) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        save(authorization, resource, resourceId, permissions);
      }
    }
  }

  private void ensureFilters() {
    Filter myTasks = ensureFilter(MY_TASKS_FILTER, taskService.createTaskQuery(),
        Map.of("description", "我可以办理的全部任务（本单位或本人）", "priority", -10, "refresh", true,
            "variables", List.of(shown(PlanProcess.HOST_ORGANIZATION, "报送单位"), shown(PlanProcess.CAMPAIGN_ID, "活动编号"))));
    grantGlobal(Resources.FILTER, myTasks.getId(), Permissions.READ);
    // Organisers and the committee may read every task (Cockpit), so "all I can see" is not their to-do list.
    for (String role : Set.of(Groups.ORGANIZERS, Groups.COMMITTEE)) {
      revoke(role, Resources.FILTER, myTasks.getId(), Permissions.READ);
    }
    Filter organizerTasks = ensureFilter(ORGANIZER_TASKS_FILTER,
        taskService.createTaskQuery().taskCandidateGroup(Groups.ORGANIZERS).includeAssignedTasks(),
        Map.of("description", "组织者办理的任务，如提前结束方案征集", "priority", -10, "refresh", true,
            "variables", List.of(shown(CampaignProcess.CAMPAIGN_ID, "活动编号"),
                shown(PlanProcess.HOST_ORGANIZATION, "报送单位"), shown(CampaignProcess.RECIPIENT_COUNT, "报送单位数"))));
    grant(Groups.ORGANIZERS, Resources.FILTER, organizerTasks.getId(), Permissions.READ);
    Filter committeeTasks = ensureFilter(COMMITTEE_TASKS_FILTER,
        taskService.createTaskQuery().taskCandidateGroup(Groups.COMMITTEE).includeAssignedTasks(),
        Map.of("description", "遴选委员会审定拟入选名单", "priority", -10, "refresh", true,
            "variables", List.of(shown(CampaignProcess.CAMPAIGN_ID, "活动编号"))));
    grant(Groups.COMMITTEE, Resources.FILTER, committeeTasks.getId(), Permissions.READ);

    Filter symposiumTasks = ensureFilter(SYMPOSIUM_TASKS_FILTER,
        taskService.createTaskQuery().taskCandidateGroupIn(SYMPOSIUM_ROLES).includeAssignedTasks(),
        Map.of("description", "座谈会筹备与现场：议程、联调、开播确认、分会场直播控制", "priority", -8, "refresh", true,
            "variables", List.of(shown(LinkupProcess.VENUE_NAME, "分会场"), shown(LinkupProcess.VENUE_STATE_LABEL, "状态"),
                shown(CampaignProcess.CAMPAIGN_ID, "活动编号"))));
    for (String role : SYMPOSIUM_ROLES) {
      grant(role, Resources.FILTER, symposiumTasks.getId(), Permissions.READ);
    }

    TaskQuery plansToReview = taskService.createTaskQuery().taskDefinitionKey(PlanProcess.REVIEW_TASK)
        .orderByProcessVariable(PlanProcess.SUBMITTED_AT, ValueType.DATE).asc();
    Filter review = ensureFilter(PLANS_TO_REVIEW_FILTER, plansToReview,
        Map.of("description", "已提交、等待审核的筹备工作方案，先交先审", "priority", -5, "refresh", true,
            "variables", List.of(shown(PlanProcess.HOST_ORGANIZATION, "报送单位"), shown(PlanProcess.REVISION, "第几次提交"),
                shown(PlanProcess.CAMPAIGN_ID, "活动编号"))));
    for (String role : Set.of(Groups.REVIEWERS, Groups.ORGANIZERS)) {
      grant(role, Resources.FILTER, review.getId(), Permissions.READ);
    }
  }

  /** A variable the Tasklist filter shows on each task in its list. */
  private static Map<String, String> shown(String variable, String label) {
    return Map.of("name", variable, "label", label);
  }

  private Filter ensureFilter(String name, TaskQuery query, Map<String, Object> properties) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
      filterService.saveFilter(filter);
    }
    return filter;
  }

  private void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      saveGroup(id, name, type);
    }
  }

  private void saveGroup(String id, String name, String type) {
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    authorize(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
  }

  private void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
    authorize(Authorization.AUTH_TYPE_REVOKE, groupId, resource, resourceId, permissions);
  }

  private void authorize(int type, String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean present = authorizationService.createAuthorizationQuery().groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!present) {
      Authorization authorization = authorizationService.createNewAuthorization(type);
      authorization.setGroupId(groupId);
      save(authorization, resource, resourceId, permissions);
    }
  }

  /**
   * A grant of exactly these permissions: created where missing, and set back where an earlier version of the app
   * (or someone in Admin) left other permissions, so that every restart converges on the least the role needs.
   */
  private void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization present = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (present == null) {
      grant(groupId, resource, resourceId, permissions);
    } else if (((AuthorizationEntity) present).getPermissions() != mask(permissions)) {
      present.setPermissions(permissions);
      authorizationService.saveAuthorization(present);
    }
  }

  private static int mask(Permission... permissions) {
    return Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
  }

  private void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
    boolean present = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!present) {
      save(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), resource, resourceId,
          permissions);
    }
  }

  private void save(Authorization authorization, Resource resource, String resourceId, Permission... permissions) {
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      // A revocation starts from every permission and takes the named ones away.
      if (authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        authorization.removePermission(permission);
      } else {
        authorization.addPermission(permission);
      }
    }
    authorizationService.saveAuthorization(authorization);
  }
}
