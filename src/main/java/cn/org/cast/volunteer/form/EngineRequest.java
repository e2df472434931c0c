package cn.org.cast.volunteer.form;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A request to the engine REST API, on either of its paths ({@code /engine-rest} for scripts, {@code
 * /camunda/api/engine} for the webapps), as the resource it names whatever the spelling: percent-encoding
 * decoded, matrix parameters ({@code ;jsessionid=…}) dropped, empty, {@code .} and {@code ..} segments resolved,
 * the trailing slash and the {@code /engine/{name}} prefix removed. Letter case is kept here for the ids in the
 * path and ignored when a route is matched. Every check in front of the engine reads the request this way, so no
 * spelling that the servlet container and Jersey accept can pass one check and miss another.
 *
 * @param method the HTTP method, upper case
 * @param segments the resource's path segments below the engine, e.g. {@code [task, 1f2e…, submit-form]}
 */
public record EngineRequest(String method, List<String> segments) {

  private static final String ATTRIBUTE = EngineRequest.class.getName();
  private static final List<String> SCRIPTS_API = List.of("engine-rest");
  private static final List<String> WEBAPPS_API = List.of("camunda", "api", "engine");
  private static final String ENGINE = "engine";
  /** Deeper than this is no resource of the API: decoding stops, the request is treated as unknown. */
  private static final int MOST_DECODINGS = 3;

  /** The engine resource the request names, or empty when it is not a request to the engine REST API. */
  public static Optional<EngineRequest> of(HttpServletRequest request) {
    Object known = request.getAttribute(ATTRIBUTE);
    if (known instanceof EngineRequest engineRequest) {
      return Optional.of(engineRequest);
    }
    Optional<EngineRequest> parsed = parse(request.getMethod(),
        request.getRequestURI().substring(request.getContextPath().length()));
    parsed.ifPresent(engineRequest -> request.setAttribute(ATTRIBUTE, engineRequest));
    return parsed;
  }

  /** The resource a method and a path (below the context path) name, as {@link #of} reads a request. */
  public static Optional<EngineRequest> parse(String method, String rawPath) {
    List<String> segments = normalised(rawPath);
    List<String> below;
    if (startsWith(segments, SCRIPTS_API)) {
      below = segments.subList(SCRIPTS_API.size(), segments.size());
      // /engine-rest/engine/{name}/… is the same API as /engine-rest/…; /engine-rest/engine lists the engines.
      if (below.size() >= 2 && below.get(0).equalsIgnoreCase(ENGINE)) {
        below = below.subList(2, below.size());
      }
    } else if (startsWith(segments, WEBAPPS_API)) {
      below = segments.subList(WEBAPPS_API.size(), segments.size());
      if (below.size() >= 2 && below.get(0).equalsIgnoreCase(ENGINE)) {
        below = below.subList(2, below.size());
      } else if (!(below.size() == 1 && below.get(0).equalsIgnoreCase(ENGINE))) {
        // Nothing else lives under the webapps' engine API: no resource, which no route matches.
        below = List.of();
      }
    } else {
      return Optional.empty();
    }
    return Optional.of(new EngineRequest(method.toUpperCase(Locale.ROOT), List.copyOf(below)));
  }

  /**
   * Whether the request is this method on this path template: a literal segment (any letter case), {@code {name}}
   * for one segment, or a trailing {@code **} for any rest.
   */
  public boolean matches(String method, String template) {
    if (!method.equals(this.method)) {
      return false;
    }
    String[] parts = template.split("/");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals("**")) {
        return true;
      }
      if (i >= segments.size() || !(parts[i].startsWith("{") || parts[i].equalsIgnoreCase(segments.get(i)))) {
        return false;
      }
    }
    return parts.length == segments.size();
  }

  /** The segment at the index, as written (ids keep their case). */
  public String segment(int index) {
    return segments.get(index);
  }

  /** The path below the engine, as a route template would read it: {@code task/1f2e…/submit-form}. */
  public String path() {
    return String.join("/", segments);
  }

  private static List<String> normalised(String rawPath) {
    Deque<String> resolved = new ArrayDeque<>();
    for (String segment : decoded(rawPath).split("/")) {
      int matrix = segment.indexOf(';');
      String name = matrix < 0 ? segment : segment.substring(0, matrix);
      if (name.isEmpty() || name.equals(".")) {
        continue;
      }
      if (name.equals("..")) {
        resolved.pollLast();
        continue;
      }
      resolved.addLast(name);
    }
    return List.copyOf(resolved);
  }

  /** Decoded until stable, so that {@code %2574ask} cannot reach Jersey as something other than what was checked. */
  private static String decoded(String path) {
    String current = path;
    for (int i = 0; i < MOST_DECODINGS && current.indexOf('%') >= 0; i++) {
      String next;
      try {
        next = URLDecoder.decode(current.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        // The container refuses it too; as written, it matches no route with a literal in its place.
        return current;
      }
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    if (segments.size() < prefix.size()) {
      return false;
    }
    for (int i = 0; i < prefix.size(); i++) {
      if (!segments.get(i).equalsIgnoreCase(prefix.get(i))) {
        return false;
      }
    }
    return true;
  }
}
