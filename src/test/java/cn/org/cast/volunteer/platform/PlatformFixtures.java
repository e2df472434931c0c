package cn.org.cast.volunteer.platform;

import static cn.org.cast.volunteer.platform.PairingProcess.*;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * New staff of registry organisations, new centres, and a pairing request filled in as Tasklist submits it.
 * Public for other modules' tests that pair with a centre: the centres' table is this module's own.
 */
public final class PlatformFixtures {

  static final String PASSWORD = "Cast#Demo2019";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private PlatformFixtures() {
  }

  /** A new account in the given groups (registry organisations and roles), new on every run. */
  static String member(ProcessEngine engine, String... groups) {
    String userId = "staff" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
    IdentityService identity = engine.getIdentityService();
    User user = identity.newUser(userId);
    user.setFirstName(userId);
    user.setLastName("工作人员");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    for (String group : groups) {
      identity.createMembership(userId, group);
    }
    return userId;
  }

  /** A centre of its own for each test, so that no test's pairing stands in another's way. */
  static Centre centre(CentreRepository centres, CentreKind kind, String province, String countyCode, String countyName) {
    String name = countyName + "第" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet() + "号" + kind.label();
    long id = centres.register(new CentreRegistration(name, kind, province, countyCode, countyName, "县城中心路1号",
        "阵地联系人", "13800138000"), "organizer");
    return centres.find(id).orElseThrow();
  }

  /** A centre of its own for a test of another module, which cannot name this module's repository. */
  public static Centre centre(JdbcClient jdbc, Clock clock, CentreKind kind, String province, String countyCode,
      String countyName) {
    return centre(new CentreRepository(jdbc, clock), kind, province, countyCode, countyName);
  }

  static Map<String, Object> request(Centre centre, String teamCode, String content) {
    Map<String, Object> form = new HashMap<>();
    form.put(CENTRE_CODE, centre.code());
    form.put(PARTY, teamCode == null ? PairingParty.ORGANIZATION.name() : PairingParty.TEAM.name());
    form.put(TEAM_CODE, teamCode);
    form.put(CONTENT, content);
    form.put(CONTACT_NAME, "张联络");
    form.put(CONTACT_MOBILE, "13812345678");
    form.put(STARTS_ON, "2019-05-01");
    form.put(ENDS_ON, "2021-04-30");
    return form;
  }
}
