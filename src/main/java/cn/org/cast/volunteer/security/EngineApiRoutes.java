package cn.org.cast.volunteer.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.org.cast.volunteer.form.EngineRequest;

/**
 * What each role may call on the engine REST API: Tasklist's calls for everyone signed in, Cockpit's reads for
 * the roles that use Cockpit, nothing else. Administrators are not limited here. A route is a method and a path
 * template below the engine: a literal segment, {@code {name}} for one segment, or a trailing {@code **} for any
 * rest. The engine's authorizations still decide what each call may see and do; this decides which calls exist.
 */
final class EngineApiRoutes {

  /** The groups whose members may use every route. */
  public static final Set<String> UNLIMITED = Set.of(Groups.ADMINS);
  /** Everyone signed in: the audience of a route that names no group. */
  public static final String EVERYONE = "*";
  /** The roles that follow campaigns in Cockpit, read-only. */
  private static final String[] COCKPIT = {Groups.ORGANIZERS, Groups.COMMITTEE};

  /**
   * @param audience the groups whose members may call it, or {@link #EVERYONE}
   * @param why in Chinese, for the table in docs/security.md
   */
  public record Route(String method, String template, Set<String> audience, String why) {

    public boolean matches(EngineRequest request) {
      return request.matches(method, template);
    }

    public boolean isFor(Set<String> groups) {
      return audience.contains(EVERYONE) || groups.stream().anyMatch(audience::contains);
    }
  }

  private static final List<Route> ROUTES = routes();

  private EngineApiRoutes() {
  }

  public static List<Route> all() {
    return ROUTES;
  }

  /** Whether a member of these groups may make this request at all. */
  public static boolean allows(Set<String> groups, EngineRequest request) {
    return groups.stream().anyMatch(UNLIMITED::contains)
        || ROUTES.stream().anyMatch(route -> route.isFor(groups) && route.matches(request));
  }

  private static List<Route> routes() {
    Builder routes = new Builder();
    routes.forEveryone("Tasklist：引擎与过滤器",
        "GET engine", "GET filter", "OPTIONS filter", "GET filter/count", "GET filter/{id}", "GET filter/{id}/list", "POST filter/{id}/list",
        "GET filter/{id}/count", "POST filter/{id}/count");
    routes.forEveryone("Tasklist：任务列表与任务详情",
        "GET task", "POST task", "GET task/count", "POST task/count", "GET task/{id}", "GET task/{id}/form",
        "GET task/{id}/deployed-form", "GET task/{id}/rendered-form", "GET task/{id}/form-variables",
        "GET task/{id}/variables", "GET task/{id}/variables/{name}", "GET task/{id}/variables/{name}/data",
        "GET task/{id}/localVariables", "GET task/{id}/identity-links", "GET task/{id}/comment",
        "GET task/{id}/comment/{commentId}", "GET task/{id}/attachment", "GET task/{id}/attachment/{attachmentId}",
        "GET task/{id}/attachment/{attachmentId}/data");
    routes.forEveryone("Tasklist：认领、退回、按表单办理、评论（办理权限由引擎检查）",
        "POST task/{id}/claim", "POST task/{id}/unclaim", "POST task/{id}/submit-form", "POST task/{id}/complete",
        "POST task/{id}/comment/create");
    routes.forEveryone("Tasklist：任务的历史",
        "GET history/task", "GET history/task/count", "GET history/user-operation", "GET history/user-operation/count",
        "GET history/identity-link-log", "GET history/identity-link-log/count");
    routes.forEveryone("Tasklist：流程图、启动表单、按表单启动（发起权限由引擎检查）",
        "GET process-definition", "GET process-definition/count", "GET process-definition/{id}",
        "GET process-definition/{id}/xml", "GET process-definition/{id}/startForm",
        "GET process-definition/{id}/deployed-start-form", "GET process-definition/{id}/form-variables",
        "GET process-definition/{id}/rendered-form", "POST process-definition/{id}/submit-form",
        "GET process-definition/key/{key}", "GET process-definition/key/{key}/xml",
        "GET process-definition/key/{key}/startForm", "GET process-definition/key/{key}/deployed-start-form",
        "GET process-definition/key/{key}/form-variables", "GET process-definition/key/{key}/rendered-form",
        "POST process-definition/key/{key}/submit-form");
    routes.forEveryone("用户、组与本人所属的组",
        "GET identity/groups", "GET identity/password-policy", "GET user", "GET user/count", "GET user/{id}/profile",
        "GET group", "POST group", "GET group/count", "POST group/count", "GET group/{id}");
    routes.forEveryone("可见的流程实例及其变量（可见范围由引擎授权决定）",
        "GET process-instance", "GET process-instance/count", "GET process-instance/{id}", "GET variable-instance",
        "GET variable-instance/count", "GET history/process-instance", "GET history/process-instance/count",
        "GET history/process-instance/{id}", "GET history/variable-instance", "GET history/variable-instance/count");
    routes.forRoles(COCKPIT, "Cockpit：只读查看流程、实例、历史、作业和事件",
        "GET process-definition/**", "GET process-instance/**", "GET history/**", "GET task/**", "GET incident/**",
        "GET job/**", "GET job-definition/**", "GET execution/**", "GET variable-instance/**", "GET deployment/**",
        "GET decision-definition/**", "GET decision-requirements-definition/**", "GET case-definition/**", "GET batch/**", "GET metrics/**",
        "GET external-task/**", "GET event-subscription/**", "GET version");
    routes.forRoles(COCKPIT, "Cockpit：以 POST 提交的查询",
        "POST process-instance", "POST process-instance/count", "POST execution", "POST execution/count",
        "POST variable-instance", "POST variable-instance/count", "POST job", "POST job/count", "POST external-task",
        "POST external-task/count", "POST history/process-instance", "POST history/process-instance/count",
        "POST history/activity-instance", "POST history/activity-instance/count", "POST history/task",
        "POST history/task/count", "POST history/variable-instance", "POST history/variable-instance/count",
        "POST history/detail", "POST history/job-log", "POST history/job-log/count", "POST history/external-task-log",
        "POST history/external-task-log/count");
    return routes.build();
  }

  private static final class Builder {
    private final List<Route> routes = new ArrayList<>();

    void forEveryone(String why, String... methodAndTemplates) {
      add(Set.of(EVERYONE), why, methodAndTemplates);
    }

    void forRoles(String[] groups, String why, String... methodAndTemplates) {
      add(Set.of(groups), why, methodAndTemplates);
    }

    private void add(Set<String> audience, String why, String... methodAndTemplates) {
      Arrays.stream(methodAndTemplates).map(route -> route.split(" ", 2))
          .forEach(route -> routes.add(new Route(route[0], route[1], audience, why)));
    }

    List<Route> build() {
      return List.copyOf(routes);
    }
  }
}
