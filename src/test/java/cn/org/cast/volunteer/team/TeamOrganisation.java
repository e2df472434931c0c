package cn.org.cast.volunteer.team;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A registry organisation no test has given teams yet (so each test starts from an organisation without a
 * corps), with two new members of its staff: the applicant and a colleague who approves. Its grant to apply
 * is the one every organisation gets at start-up. Other packages' tests use it for their organisations' teams.
 */
public record TeamOrganisation(String code, String name, String applicant, String colleague) {

  public static final String PASSWORD = "Cast#Demo2019";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  public static TeamOrganisation create(ProcessEngine engine, JdbcClient jdbc) {
    record Row(String code, String name) {}
    Row org = jdbc.sql("""
            SELECT code, name FROM organization
             WHERE active AND code NOT IN (SELECT host_code FROM volunteer_team WHERE host_code IS NOT NULL)
             ORDER BY code DESC""")
        .query((rs, row) -> new Row(rs.getString("code"), rs.getString("name"))).list().get(0);
    // New accounts every run, also on a database an earlier run left behind.
    String suffix = Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
    TeamOrganisation organisation = new TeamOrganisation(org.code(), org.name(), "applicant" + suffix,
        "colleague" + suffix);
    IdentityService identity = engine.getIdentityService();
    for (String userId : new String[] {organisation.applicant(), organisation.colleague()}) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName(org.name());
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, org.code());
    }
    return organisation;
  }
}
