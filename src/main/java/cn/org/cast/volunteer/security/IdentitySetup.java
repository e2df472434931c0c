package cn.org.cast.volunteer.security;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.OrganizationRegistry;

/**
 * At every start, in every profile: the registry is synchronised from its data file, each organisation is a
 * Camunda group, the organisers may use the webapps, and every stage's {@link AccessDeclaration} adds the roles,
 * grants and Tasklist filters its work needs.
 */
@Component
@Order(1)
class IdentitySetup implements ApplicationRunner {

  private final OrganizationRegistry registry;
  private final List<AccessDeclaration> declarations;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final FilterService filterService;
  private final TaskService taskService;

  IdentitySetup(OrganizationRegistry registry, List<AccessDeclaration> declarations, IdentityService identityService,
      AuthorizationService authorizationService, FilterService filterService, TaskService taskService) {
    this.registry = registry;
    this.declarations = declarations;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.filterService = filterService;
    this.taskService = taskService;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<Organization> organisations = registry.synchronizeFromDataFile();
    AccessSetup access = new AccessSetup(organisations.stream().map(Organization::code).toList(), identityService, authorizationService, filterService,
        taskService);
    access.role(Groups.ORGANIZERS, "中国科协组织人事部（活动组织者）");
    Set<String> existing = identityService.createGroupQuery().groupType(Groups.ORGANIZATION_GROUP_TYPE).list()
        .stream().map(Group::getId).collect(Collectors.toSet());
    for (Organization org : organisations) {
      if (!existing.contains(org.code())) {
        access.saveGroup(org.code(), org.name(), Groups.ORGANIZATION_GROUP_TYPE);
      }
    }
    access.grantGlobal(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    for (String role : Set.of(Groups.ORGANIZERS, Groups.COMMITTEE)) {
      access.grant(role, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      access.grant(role, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
    }
    // Organisers follow every process in Cockpit, read-only: the app shows them demands' and venues' contacts too.
    access.grant(Groups.ORGANIZERS, Resources.PROCESS_DEFINITION, Authorization.ANY, AccessSetup.FOLLOW_IN_COCKPIT);
    declarations.forEach(declaration -> declaration.declare(access));
  }
}
