package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.EngineRequest;

/**
 * Every engine REST call in docs/api.md is on the allow-list of the account that makes it, so the documented
 * recipes keep working; the one call documented as refused is refused.
 */
class ApiRecipesOnAllowListTest {

  static final Path API_DOC = Path.of("docs", "api.md");
  /** The accounts docs/api.md uses, and their groups (its table in section 0). */
  static final Map<String, Set<String>> ACCOUNTS = Map.of("organizer", Set.of(Groups.ORGANIZERS), "reviewer1",
      Set.of(Groups.REVIEWERS), "reviewer2", Set.of(Groups.REVIEWERS), "chemsoc", Set.of("N006"), "cmes", Set.of("N043"),
      "bjast", Set.of("P110000"), "committee1", Set.of(Groups.COMMITTEE), "admin", Set.of(Groups.ADMINS));
  private static final Pattern URL = Pattern.compile("\\$BASE(/(?:engine-rest|camunda/api/engine)[^\"?\\s]*)");
  private static final Pattern USER = Pattern.compile("-u \"?([a-z0-9$]+):");
  private static final Pattern METHOD = Pattern.compile("-X (\\w+)");

  record Call(String user, String method, String path, String line) {
  }

  @Test
  void everyDocumentedCallIsOnItsCallersList() throws IOException {
    List<Call> calls = documentedCalls();
    List<String> refused = new ArrayList<>();
    for (Call call : calls) {
      EngineRequest request = EngineRequest.parse(call.method(), call.path()).orElseThrow();
      if (!EngineApiRoutes.allows(ACCOUNTS.get(call.user()), request) && !isTheDocumentedRefusal(call)) {
        refused.add(call.user() + " " + call.method() + " " + call.path() + "  ←  " + call.line());
      }
    }
    assertThat(calls).hasSizeGreaterThan(60);
    assertThat(calls).extracting(Call::user).contains("organizer", "chemsoc", "reviewer1", "admin");
    assertThat(refused).as("calls in docs/api.md that the allow-list refuses").isEmpty();
  }

  @Test
  void theOrganiserMovingATimerIsTheDocumentedRefusal() throws IOException {
    Call moveTimer = documentedCalls().stream().filter(ApiRecipesOnAllowListTest::isTheDocumentedRefusal).findFirst()
        .orElseThrow();
    assertThat(EngineApiRoutes.allows(ACCOUNTS.get(moveTimer.user()),
        EngineRequest.parse(moveTimer.method(), moveTimer.path()).orElseThrow())).isFalse();
  }

  /** Section 7.2 shows that an organiser may not move a timer, before the administrator does. */
  private static boolean isTheDocumentedRefusal(Call call) {
    return call.user().equals("organizer") && call.path().endsWith("/duedate");
  }

  /** Each curl to the engine in the doc's bash blocks: its account, method and path, variables as sample ids. */
  static List<Call> documentedCalls() throws IOException {
    List<Call> calls = new ArrayList<>();
    boolean inBash = false;
    StringBuilder command = new StringBuilder();
    String sessionUser = null;
    for (String line : Files.readAllLines(API_DOC)) {
      if (line.startsWith("```")) {
        inBash = line.equals("```bash");
        continue;
      }
      if (!inBash) {
        continue;
      }
      command.append(line.endsWith("\\") ? line.substring(0, line.length() - 1) : line).append(' ');
      if (line.endsWith("\\")) {
        continue;
      }
      String whole = command.toString();
      command.setLength(0);
      Matcher login = Pattern.compile("username=([a-z0-9]+)").matcher(whole);
      if (login.find()) {
        sessionUser = login.group(1);
      }
      for (String curl : whole.split("curl ")) {
        Matcher url = URL.matcher(curl);
        if (!url.find()) {
          continue;
        }
        Matcher user = USER.matcher(curl);
        String account = user.find() ? user.group(1) : sessionUser;
        if (account == null || account.startsWith("$") || !ACCOUNTS.containsKey(account)) {
          // Unauthenticated (a 401 example) or a loop over accounts: nothing for the allow-list to say.
          continue;
        }
        Matcher method = METHOD.matcher(curl);
        String verb = method.find() ? method.group(1)
            : curl.matches(".*(?:\\s-d\\s|--data|\\s-F\\s).*") && !curl.contains("--get") ? "POST" : "GET";
        calls.add(new Call(account, verb, url.group(1).replaceAll("\\$\\{?\\w+}?", "00000000-0000-0000-0000-00000000000a"),
            whole.trim()));
      }
    }
    return calls;
  }
}
