package cn.org.cast.volunteer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.org.cast.volunteer.security.WebClientSession;

/** The engine's REST API ({@code /engine-rest}) of one app node, as a script with an account uses it. */
public final class EngineRestClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String authorization;

  public EngineRestClient(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = WebClientSession.basicAuthorization(user, password);
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> post(String path, Object body) throws IOException, InterruptedException {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> put(String path) throws IOException, InterruptedException {
    return http.send(request(path).PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A submit-form body as Tasklist sends it: each value as {"value": …}, lists and maps (the forms' dynamic
   * lists) as Json text.
   */
  public static Map<String, Object> formBody(Map<String, Object> values) throws JsonProcessingException {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      Object value = entry.getValue();
      variables.put(entry.getKey(), value instanceof Collection<?> || value instanceof Map<?, ?>
          ? Map.of("value", JSON.writeValueAsString(value), "type", "Json")
          : Map.of("value", value));
    }
    return Map.of("variables", variables);
  }

  public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
    return JSON.readValue(json, type);
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + "/engine-rest" + path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization);
  }
}
