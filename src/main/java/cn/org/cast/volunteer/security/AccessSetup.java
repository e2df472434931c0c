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
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * What a stage may ask of the identity set-up. Everything is created only where missing, so restarts change
 * nothing; a grant narrowed to the least a role needs ({@link #grantExactly}) is also set back where a database
 * holds more.
 */
public final class AccessSetup {

  /** What following a process in Cockpit takes: its model, its instances, their history and tasks; nothing to change. */
  public static final Permission[] FOLLOW_IN_COCKPIT = {ProcessDefinitionPermissions.READ,
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
      ProcessDefinitionPermissions.READ_TASK};

  private final List<String> organisations;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  AccessSetup(List<String> organisations, IdentityService identityService, AuthorizationService authorizationService,
      FilterService filterService, TaskService taskService) {
    this.organisations = organisations;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  /** A role's group (the ids are in {@link Groups}, which the REST gate reads too). */
  public void role(String groupId, String name) {
    ensureGroup(groupId, name, Groups.ROLE_GROUP_TYPE);
  }

  /** Every organisation of the registry may start the process from Tasklist's 启动流程. */
  public void everyOrganisationStarts(String processKey) {
    grantEach(Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grantEach(Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
  }

  /** The role may start the process from Tasklist's 启动流程. */
  public void roleStarts(String groupId, String processKey) {
    grant(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
  }

  /** Everyone who works a task of the process may see its model (Tasklist's diagram tab); no instances. */
  public void everyoneSeesModel(String processKey) {
    grantGlobal(Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.READ);
  }

  public TaskQuery taskQuery() {
    return taskService.createTaskQuery();
  }

  /**
   * A Tasklist filter with the variables it shows on each task, in order; readable by the given roles, or by
   * everyone signed in when none are given.
   */
  public String filter(String name, TaskQuery query, String description, int priority, List<Column> columns,
      String... readers) {
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name).setQuery(query).setProperties(Map.of("description", description,
          "priority", priority, "refresh", true,
          "variables", columns.stream().map(column -> Map.of("name", column.variable(), "label", column.label())).toList()));
      filterService.saveFilter(filter);
    }
    if (readers.length == 0) {
      grantGlobal(Resources.FILTER, filter.getId(), Permissions.READ);
    }
    for (String role : readers) {
      grant(role, Resources.FILTER, filter.getId(), Permissions.READ);
    }
    return filter.getId();
  }

  /** A variable a Tasklist filter shows on each task in its list. */
  public record Column(String variable, String label) {
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    authorize(Authorization.AUTH_TYPE_GRANT, groupId, resource, resourceId, permissions);
  }

  public void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
    authorize(Authorization.AUTH_TYPE_REVOKE, groupId, resource, resourceId, permissions);
  }

  /**
   * A grant of exactly these permissions: created where missing, and set back where an earlier version of the app
   * (or someone in Admin) left other permissions, so that every restart converges on the least the role needs.
   */
  public void grantExactly(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization present = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    if (present == null) {
      grant(groupId, resource, resourceId, permissions);
    } else if (((AuthorizationEntity) present).getPermissions() != mask(permissions)) {
      present.setPermissions(permissions);
      authorizationService.saveAuthorization(present);
    }
  }

  public void grantGlobal(Resource resource, String resourceId, Permission... permissions) {
    boolean present = authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!present) {
      save(authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL), resource, resourceId,
          permissions);
    }
  }

  void ensureGroup(String id, String name, String type) {
    if (identityService.createGroupQuery().groupId(id).count() == 0) {
      saveGroup(id, name, type);
    }
  }

  void saveGroup(String id, String name, String type) {
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  /** The same grant to every organisation, reading once which of them have one already. */
  private void grantEach(Resource resource, String resourceId, Permission... permissions) {
    Set<String> present = authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId)
        .list().stream().map(Authorization::getGroupId).filter(Objects::nonNull).collect(Collectors.toSet());
    for (String groupId : organisations) {
      if (!present.contains(groupId)) {
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        save(authorization, resource, resourceId, permissions);
      }
    }
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

  private static int mask(Permission... permissions) {
    return Arrays.stream(permissions).mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
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
