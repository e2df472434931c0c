package cn.org.cast.volunteer.security;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks the user of the current engine command against an app record's owner, which the caller reads from
 * our tables: process variables (a venue code, a flag recipient) can be sent along with a task's completion,
 * so they say which record is meant, never whose it is. Jobs and the app's own calls run without a user and
 * pass; so do administrators, whom the engine lets do anything.
 */
@Component
public class RecordGuard {

  private final IdentityService identityService;

  public RecordGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The user must belong to the group that owns the record (an organisation or a role). */
  public void requireOwner(String ownerGroup, String refusal) {
    requireAny(Set.of(ownerGroup), refusal);
  }

  public void requireAny(Set<String> groups, String refusal) {
    Authentication user = identityService.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> memberOf = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!memberOf.contains(Groups.ADMINS) && memberOf.stream().noneMatch(groups::contains)) {
      throw new AuthorizationException(refusal);
    }
  }
}
