package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.org.cast.volunteer.AppTest;
import cn.org.cast.volunteer.CampaignClock;

/**
 * Wrong passwords slow an account and an address down for a while, on the login page and with HTTP Basic
 * alike, and lock nothing for good; whatever is typed, a failed login is a failed login, and on the audit.
 */
@AppTest
class LoginAttemptsTest {

  /** Each test speaks from its own addresses (documentation range), so their failures are counted apart. */
  private static final AtomicInteger ADDRESSES = new AtomicInteger();

  @LocalServerPort
  int port;
  @Value("${cast.demo.password}")
  String password;
  @Autowired
  IdentityService identityService;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void anAttackersWrongPasswordsKeepTheOwnerOutAMinuteAtMostAndLockNothingForGood() {
    String account = newAccount();
    String attacker = newAddress();
    String owner = newAddress();
    // 24 wrong passwords, a minute apart, each let through and checked: the engine's default would have locked
    // the account for good after ten.
    for (int i = 0; i < 12; i++) {
      CampaignClock.set(CampaignClock.ISSUED.plusMinutes(2 * i));
      assertThat(formLogin(account, "wrong-" + i, attacker)).isEqualTo("/login?error");
      CampaignClock.set(CampaignClock.ISSUED.plusMinutes(2 * i + 1));
      assertThat(basic(account, "wrong-" + i, attacker)).isEqualTo(401);
    }
    assertThat(attempts(account)).isEqualTo(24);

    // Ten seconds on (the engine's own 3 s are over), the account still waits: not even the right password is checked.
    CampaignClock.set(CampaignClock.ISSUED.plusMinutes(23).plusSeconds(10));
    assertThat(formLogin(account, password, owner)).isEqualTo("/login?error");
    assertThat(basic(account, password, owner)).isEqualTo(401);
    assertThat(attempts(account)).as("nothing checked, nothing counted").isEqualTo(24);

    // A minute after the attacker's last try the owner is in, by either way.
    CampaignClock.set(CampaignClock.ISSUED.plusMinutes(24));
    assertThat(identityService.checkPassword(account, password)).isTrue();
    assertThat(formLogin(account, password, owner)).endsWith("/camunda/app/tasklist/default/");
    assertThat(basic(account, password, owner)).isEqualTo(200);
  }

  @Test
  void manyFailuresFromOneAddressAgainstManyAccountsAreDelayed() {
    String address = newAddress();
    for (int i = 0; i < 20; i++) {
      assertThat(basic("nobody" + i + "-" + address, "wrong", address)).isEqualTo(401);
    }
    String account = newAccount();
    assertThat(basic(account, password, address)).as("twenty mistakes are free").isEqualTo(200);
    assertThat(formLogin("nobody-" + address, "wrong", address)).isEqualTo("/login?error");

    assertThat(basic(account, password, address)).isEqualTo(401);
    assertThat(formLogin(account, password, address)).isEqualTo("/login?error");
    assertThat(basic(account, password, newAddress())).as("another address").isEqualTo(200);
    CampaignClock.set(CampaignClock.ISSUED.plusSeconds(1));
    assertThat(basic(account, password, address)).isEqualTo(200);
  }

  @Test
  void aLongNameIsAFailedLoginOnTheAuditNeverAServerError() throws Exception {
    String address = newAddress();
    String hundred = ("long-" + address + "-").repeat(10).substring(0, 100);
    String tenThousand = ("长" + address + "-").repeat(1000).substring(0, 10_000);
    String fourThousand = ("four-" + address + "-").repeat(300).substring(0, 4_000);
    assertThat(basic(hundred, "wrong", address)).isEqualTo(401);
    assertThat(formLogin(hundred, "wrong", address)).isEqualTo("/login?error");
    assertThat(formLogin(tenThousand, "wrong", address)).isEqualTo("/login?error");
    assertThat(basic(fourThousand, "wrong", address)).isEqualTo(401);
    // Longer than a request header may be (8 KB): the server refuses it before any login.
    assertThat(basic(tenThousand, "wrong", address)).isEqualTo(400);

    WebClientSession admin = new WebClientSession(port);
    admin.login("admin", password);
    String logins = admin.get("/api/audit/logins?days=1").body();
    assertThat(logins).contains("\"actor\":\"" + hundred.substring(0, 63) + "…\",\"action\":\"LOGIN_FAILED\"",
        "\"actor\":\"" + tenThousand.substring(0, 63) + "…\",\"action\":\"LOGIN_FAILED\"",
        "\"actor\":\"" + fourThousand.substring(0, 63) + "…\",\"action\":\"LOGIN_FAILED\"")
        .contains("\"clientIp\":\"" + address + "\"");
  }

  @Test
  void theWebappsOwnLoginIsClosed() {
    String account = newAccount();
    String login = "/camunda/api/admin/auth/user/default/login/tasklist";
    assertThat(new WebClientSession(port).postJson(login, "{}").statusCode()).isEqualTo(401);
    WebClientSession session = new WebClientSession(port);
    session.login(account, password);
    assertThat(session.postJson(login, "{}").statusCode()).isEqualTo(403);
    // However it is spelt, it never checks a password: refused, or unknown to the webapps.
    for (String spelt : List.of(login + "/", "/camunda/api/admin/auth/user/default/%6Cogin/tasklist",
        "/camunda/api/admin/auth/user/default/login;x=y/tasklist", "/camunda/api/admin//auth/user/default/login/tasklist",
        "/camunda/api/admin/auth/user/default/LOGIN/tasklist", "/camunda/api/admin/auth/user/other/login/cockpit")) {
      assertThat(session.postJson(spelt, "{}").statusCode()).as(spelt).isIn(400, 403, 404);
    }
    // Signed in through the one login, the webapps know the user.
    assertThat(session.get("/camunda/api/admin/auth/user/default").body()).contains("\"userId\":\"" + account + "\"");
  }

  @Test
  void aBasicClientIsToldItNeedsNoCsrfToken() throws Exception {
    HttpResponse<String> csrf = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csrf"))
        .header("Authorization", WebClientSession.basicAuthorization("organizer", password)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(csrf.statusCode()).isEqualTo(404);
    assertThat(csrf.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
    assertThat(csrf.body()).contains("不需要 CSRF 令牌");
    // A wrong password for an account of its own: it holds that account back a few seconds.
    assertThat(basicGet("/api/csrf", newAccount(), "wrong", newAddress())).isEqualTo(401);
    WebClientSession session = new WebClientSession(port);
    session.login("organizer", password);
    assertThat(session.get("/api/csrf").body()).contains("\"token\":");
  }

  private String newAccount() {
    String account = "throttle" + System.nanoTime() % 1_000_000;
    User user = identityService.newUser(account);
    user.setPassword(password);
    identityService.saveUser(user);
    return account;
  }

  private static String newAddress() {
    int n = ADDRESSES.incrementAndGet();
    return "198.51.100." + n;
  }

  private int attempts(String account) {
    return ((UserEntity) identityService.createUserQuery().userId(account).singleResult()).getAttempts();
  }

  /** Where the login page sends the browser next. */
  private String formLogin(String account, String secret, String address) {
    return new WebClientSession(port, address).login(account, secret).headers().firstValue("Location").orElse("")
        .replaceFirst("^http://localhost:\\d+", "");
  }

  private int basic(String account, String secret, String address) {
    return basicGet("/engine-rest/task/count", account, secret, address);
  }

  private int basicGet(String path, String account, String secret, String address) {
    try {
      return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", WebClientSession.basicAuthorization(account, secret))
          .header("X-Forwarded-For", address).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
