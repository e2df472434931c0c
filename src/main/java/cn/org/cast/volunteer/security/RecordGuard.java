package cn.org.cast.volunteer.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The checks a service makes before it changes a record (plan, demand, team, pairing, project, nomination),
 * whatever the process variables say: the record belongs to the process instance doing the work, its state
 * allows the change, and the signed-in user belongs to the record's owner or to whoever decides on it. The
 * engine's jobs and the app's own calls act without a user; then only the first two hold. Who owns, who
 * decides and which states allow what is each service's own rule; this class only says no, in Chinese.
 */
@Component
public class RecordGuard {

  /** A refused change of a record: nothing was changed; the REST API answers 403 when it is not wrapped. */
  public static class Refused extends AuthorizationException {

    public Refused(String message) {
      super(message);
    }
  }

  private final IdentityService identityService;

  public RecordGuard(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The signed-in user, or null for the engine's jobs and the app's own calls. */
  public String userId() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  /** The signed-in user's groups; empty without a user. */
  public List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  /**
   * The record's process instance (or business key) as our tables hold it, against the one doing the work;
   * a record not bound to any instance is nobody's to change through one.
   */
  public void requireInstance(String recorded, String working, String record) {
    if (recorded == null || !recorded.equals(working)) {
      throw new Refused(record + "不属于当前办理的流程，不能在此办理。请从本单位的任务列表中打开对应任务。");
    }
  }

  public void requireState(boolean allowed, String message) {
    if (!allowed) {
      throw new Refused(message);
    }
  }

  /** A signed-in user must belong to one of the groups; without a user there is nobody to check. */
  public void requireGroup(Collection<String> groups, String message) {
    if (userId() != null && groupIds().stream().noneMatch(groups::contains)) {
      throw new Refused(message);
    }
  }

  /** A signed-in user in the group is refused: e.g. the record's own organisation deciding on it. */
  public void refuseGroup(String group, String message) {
    if (userId() != null && groupIds().contains(group)) {
      throw new Refused(message);
    }
  }

  /** The signed-in user is refused when they are the one named, e.g. the applicant of the record. */
  public void refuseUser(String recorded, String message) {
    String user = userId();
    if (user != null && Objects.equals(user, recorded)) {
      throw new Refused(message);
    }
  }
}
