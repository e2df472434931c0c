package cn.org.cast.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.organization.OrganizationRegistry;
import cn.org.cast.volunteer.organization.Organizations;

/** What the default start gives a person: the registry, the accounts, their groups and filters. */
@AppTest
class DemoStartTest {

  @Autowired
  Organizations organizations;
  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;
  @Autowired
  FilterService filterService;

  @Test
  void registryHoldsEveryOrganisationOfTheDataFileEachAsACamundaGroup() {
    int expected = OrganizationRegistry.readDataFile().size();
    assertThat(organizations.active()).hasSize(expected).hasSizeGreaterThanOrEqualTo(182);
    assertThat(identityService.createGroupQuery().groupType("ORGANIZATION").count()).isEqualTo(expected);
    assertThat(identityService.createGroupQuery().groupId("N006").singleResult().getName()).isEqualTo("中国化学会");
  }

  @Test
  void demoAccountsHaveTheirRoles() {
    for (List<String> account : List.of(List.of("organizer", "organizers"), List.of("reviewer1", "reviewers"),
        List.of("reviewer2", "reviewers"), List.of("reviewer3", "reviewers"), List.of("committee1", "committee"), List.of("ceremony1", "ceremony"),
        List.of("admin", "camunda-admin"), List.of("chemsoc", "N006"), List.of("cmes", "N043"),
        List.of("bjast", "P110000"))) {
      assertThat(identityService.createGroupQuery().groupMember(account.get(0)).list())
          .as(account.get(0)).extracting("id").contains(account.get(1));
    }
  }

  @Test
  void organisersMayUseCockpitAndSubmittersMayNot() {
    assertThat(authorizationService.isUserAuthorized("organizer", List.of("organizers"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isTrue();
    assertThat(authorizationService.isUserAuthorized("chemsoc", List.of("N006"), Permissions.ACCESS,
        Resources.APPLICATION, "cockpit")).isFalse();
    assertThat(authorizationService.isUserAuthorized("chemsoc", List.of("N006"), Permissions.ACCESS,
        Resources.APPLICATION, "tasklist")).isTrue();
  }

  @Test
  void eachRoleSeesTheTasklistFiltersOfItsWork() {
    assertThat(filtersOf("chemsoc")).containsExactly("我的待办");
    assertThat(filtersOf("reviewer1")).containsExactlyInAnyOrder("我的待办", "待审核方案");
    assertThat(filtersOf("organizer")).containsExactlyInAnyOrder("活动管理", "待审核方案");
    assertThat(filtersOf("committee1")).containsExactly("遴选审定");
  }

  private List<String> filtersOf(String user) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
        .map(group -> group.getId()).toList();
    identityService.setAuthentication(user, groups);
    try {
      return filterService.createFilterQuery().listPage(0, 100).stream().map(filter -> filter.getName()).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }
}
