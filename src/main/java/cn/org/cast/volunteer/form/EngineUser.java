package cn.org.cast.volunteer.form;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as a given user, with that user's groups, so that Camunda's authorizations decide
 * what the calls see; whatever authentication the thread had before is restored afterwards.
 */
@Component
public class EngineUser {

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;

  public EngineUser(IdentityService identityService, AuthorizationService authorizationService) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
  }

  /** Calls as the user, or with no authentication (no authorization checks) when userId is null. */
  public <T> T call(String userId, Supplier<T> work) {
    Authentication previous = identityService.getCurrentAuthentication();
    try {
      identityService.clearAuthentication();
      if (userId != null) {
        identityService.setAuthentication(userId, groups(userId));
      }
      return work.get();
    } finally {
      identityService.setAuthentication(previous);
    }
  }

  public boolean mayStart(String userId, String processDefinitionKey) {
    return call(null, () -> {
      List<String> groups = groups(userId);
      return authorizationService.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.CREATE_INSTANCE,
          Resources.PROCESS_DEFINITION, processDefinitionKey)
          && authorizationService.isUserAuthorized(userId, groups, Permissions.CREATE, Resources.PROCESS_INSTANCE);
    });
  }

  private List<String> groups(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }
}
