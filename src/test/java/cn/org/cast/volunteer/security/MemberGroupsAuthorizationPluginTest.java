package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.security.MemberGroupsAuthorizationPlugin.MemberGroupsAuthorizationManager;

@AppTest
class MemberGroupsAuthorizationPluginTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void theEngineChecksAuthorizationsWithOurManager() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getSessionFactories().get(AuthorizationManager.class).openSession())
        .isInstanceOf(MemberGroupsAuthorizationManager.class);
  }

  @Test
  void aUsersFewGroupsAreCheckedAsTheyAreWithoutReadingEveryAuthorizedGroup() {
    // Outside a command: had it gone to the database, it would have failed for want of a command context.
    assertThat(new MemberGroupsAuthorizationManager().filterAuthenticatedGroupIds(List.of("N006", "reviewers")))
        .containsExactly("N006", "reviewers");
  }
}
