package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;

/** Bad requests to the app's own API get a 4xx and a Chinese message, never a stack trace. */
@AppTest
class ApiErrorsTest {

  static final String SIGNALS = "/api/campaigns/NONE/venues/V01/signals";

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  @Test
  void malformedBodiesWrongTypesAndMethodsAreExplainedInChinese() throws Exception {
    assertRefused(send("POST", SIGNALS, "application/json", "{\"signal\": "), 400, "应为有效的 JSON");
    assertRefused(send("POST", SIGNALS, "text/plain", "ON_AIR"), 415, "application/json");
    assertRefused(send("DELETE", SIGNALS, null, null), 405, "不支持此请求方法");
    assertRefused(send("POST", SIGNALS, "application/json", "{\"signal\":\"ON_AIR\"}"), 404, "没有编号为 V01 的分会场");
    assertRefused(send("POST", SIGNALS, "application/json", "{}"), 400, "请填写信号（signal）");
    assertRefused(send("POST", SIGNALS, "application/json", "{\"signal\":\"" + "X".repeat(30) + "\"}"), 400,
        "信号（signal）过长");
    assertRefused(send("POST", SIGNALS, "application/json", "{\"signal\":\"" + "X".repeat(1_100_000) + "\"}"), 413,
        "请求内容过大");
    assertRefused(send("GET", "/api/audit/logins?days=7", null, null), 403, "审计记录仅对组织者和管理员开放");
    assertRefused(send("GET", "/api/no-such-thing", null, null), 404, "请求的地址不存在");
  }

  private static void assertRefused(HttpResponse<String> response, int status, String message) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
    assertThat(response.body()).contains(message).doesNotContain("Exception", "at org.", "trace");
  }

  private HttpResponse<String> send(String method, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", WebClientSession.basicAuthorization("av1", password))
        .header("Accept", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
