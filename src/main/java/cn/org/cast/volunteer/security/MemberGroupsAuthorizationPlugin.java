package cn.org.cast.volunteer.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before every authorization check, Camunda narrows the user's groups to those that hold any authorization, by
 * reading every group id in ACT_RU_AUTHORIZATION once per command. With a group per organisation (tens of
 * thousands nationwide, each with its tasks' authorizations) that is tens of thousands of rows for each
 * request. Our users belong to a handful of groups: checked as they are, the answer is the same, since a group
 * without authorizations matches none.
 */
@Component
class MemberGroupsAuthorizationPlugin extends AbstractProcessEnginePlugin {

  /** Above this many groups the engine's narrowing is kept, so that its SQL's IN lists stay short. */
  static final int MOST_GROUPS_AS_THEY_ARE = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new MemberGroupsAuthorizationManager();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  static class MemberGroupsAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds != null && !authenticatedGroupIds.isEmpty()
          && authenticatedGroupIds.size() <= MOST_GROUPS_AS_THEY_ARE) {
        return authenticatedGroupIds;
      }
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
  }
}
