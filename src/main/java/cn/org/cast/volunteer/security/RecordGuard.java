package cn.org.cast.volunteer.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.form.SubmissionRule;

/**
 * The checks a service makes before it changes a record (plan, demand, team, pairing, project, nomination,
 * venue, representative), whatever the process variables say: the record belongs to the process instance doing
 * the work, its state allows the change, and the signed-in user belongs to the record's owner or to whoever
 * decides on it. Variables (a plan id, a venue code, a flag recipient) say which record is meant, never whose it
 * is. The engine's jobs and the app's own calls act without a user; then only the first two hold, and
 * administrators, whom the engine lets do anything, pass the third. Who owns, who decides and which states allow
 * what is each service's own rule; this class only says no, in Chinese.
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

  /**
   * The record as our tables hold it, if it is the one the process works on: the process is keyed with the
   * record's code.
   */
  public <T> T keyed(Optional<T> found, String code, String businessKey, String record) {
    T value = found.orElseThrow(() -> new Refused("没有编号为 " + code + " 的" + record + "。"));
    requireInstance(code, businessKey, record + " " + code);
    return value;
  }

  public void requireState(boolean allowed, String message) {
    if (!allowed) {
      throw new Refused(message);
    }
  }

  /** A signed-in user must belong to one of the groups; without a user there is nobody to check. */
  public void requireGroup(Collection<String> groups, String message) {
    List<String> memberOf = groupIds();
    if (userId() != null && !memberOf.contains(Groups.ADMINS) && memberOf.stream().noneMatch(groups::contains)) {
      throw new Refused(message);
    }
  }

  /** A signed-in user must belong to the group that owns the record: an organisation or a role. */
  public void requireOwner(String ownerGroup, String message) {
    requireGroup(List.of(ownerGroup), message);
  }

  /** A signed-in user in the group is refused: e.g. the record's own organisation deciding on it. */
  public void refuseGroup(String group, String message) {
    if (userId() != null && groupIds().contains(group)) {
      throw new Refused(message);
    }
  }

  /**
   * A task form's rule: the record id among the task's values is the record the process is keyed with (its
   * code is the business key), checked before the form's other rules on every way in, so that the REST API
   * answers a forged id with 400 before the engine runs; the service checks the record again. Start forms
   * (no instance yet) are the register steps' to key.
   */
  public static SubmissionRule keyedRecord(Set<String> formIds, String idVariable, LongFunction<String> code,
      RuntimeService runtime, String record) {
    return new KeyedRecordRule(formIds, idVariable, code, runtime, record);
  }

  private record KeyedRecordRule(Set<String> formIds, String idVariable, LongFunction<String> code, RuntimeService runtime,
      String record) implements SubmissionRule, Ordered {

    @Override
    public List<FieldViolation> check(String processInstanceId, FormValues values) {
      if (processInstanceId == null) {
        return List.of();
      }
      ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
      boolean keyed = instance != null && values.raw(idVariable) instanceof Number id
          && code.apply(id.longValue()).equals(instance.getBusinessKey());
      return keyed ? List.of()
          : List.of(new FieldViolation(idVariable, record + "编号与当前流程不一致，不能办理。请从任务列表中重新打开任务后提交。"));
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
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
