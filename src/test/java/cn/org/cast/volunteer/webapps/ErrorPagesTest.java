package cn.org.cast.volunteer.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.security.WebClientSession;

/** A page that cannot be shown is explained in Chinese to a person; a script still gets JSON. */
@AppTest
class ErrorPagesTest {

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;

  @Test
  void aMissingPageIsExplainedInChinese() {
    WebClientSession session = new WebClientSession(port);
    session.login("chemsoc", password);

    HttpResponse<String> page = session.getPage("/no-such-page");

    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("<html lang=\"zh-CN\">", "页面无法打开", "任务列表").doesNotContain("Whitelabel");
  }

  @Test
  void aScriptStillGetsJson() {
    WebClientSession session = new WebClientSession(port);
    session.login("chemsoc", password);

    HttpResponse<String> answer = session.get("/no-such-page");

    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
  }
}
