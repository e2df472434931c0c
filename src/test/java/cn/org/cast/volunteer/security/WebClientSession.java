package cn.org.cast.volunteer.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser session as Tasklist has one: logs in on the login page, keeps the session cookie and
 * sends Camunda's CSRF token header with every state-changing call to the webapps' API.
 */
public final class WebClientSession {

  public static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String forwardedFor;

  public WebClientSession(int port) {
    this(port, null);
  }

  /** A browser at the given address: the tests' loopback is a trusted proxy that names it in X-Forwarded-For. */
  public WebClientSession(int port, String forwardedFor) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    this.forwardedFor = forwardedFor;
  }

  /** The Authorization header of HTTP Basic, as scripts and consoles send it. */
  public static String basicAuthorization(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the login response (a redirect into Tasklist on success). */
  public HttpResponse<String> login(String user, String password) {
    HttpResponse<String> page = get("/login");
    Matcher csrf = CSRF_FIELD.matcher(page.body());
    if (!csrf.find()) {
      throw new IllegalStateException("login page without CSRF field");
    }
    String form = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
    HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    // Tasklist's first page load hands out Camunda's CSRF cookie.
    get("/camunda/app/tasklist/default/");
    return response;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, text/html").GET());
  }

  /** As a browser asks for a page. */
  public HttpResponse<String> getPage(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,application/xhtml+xml").GET());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, json, "application/json");
  }

  /** As Tasklist lists a filter's tasks: HAL, with the filter's variables embedded. */
  public HttpResponse<String> postForHal(String path, String json) {
    return post(path, json, "application/hal+json");
  }

  private HttpResponse<String> post(String path, String json, String accept) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Accept", accept).header("X-XSRF-TOKEN", xsrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Any call to the webapps' API, with Camunda's CSRF header as Tasklist sends it. */
  public HttpResponse<String> request(String method, String path, String json) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrfToken())
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
  }

  /** Uploads a file as the 附件 tab does: the raw bytes, the name URL-encoded, the app's CSRF token. */
  public HttpResponse<String> putFile(String path, byte[] content, String fileName) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/octet-stream")
        .header("Accept", "application/json").header("X-File-Name", encode(fileName))
        .header("X-CSRF-TOKEN", appCsrfToken()).PUT(HttpRequest.BodyPublishers.ofByteArray(content)));
  }

  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("X-CSRF-TOKEN", appCsrfToken()).DELETE());
  }

  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Posts JSON to the app's API and keeps the answer's bytes (a generated document). */
  public HttpResponse<byte[]> postForBytes(String path, String json) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
          .header("X-CSRF-TOKEN", appCsrfToken()).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String appCsrfToken() {
    Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(get("/api/csrf").body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token");
    }
    return token.group(1);
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
