package cn.org.cast.volunteer;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.organization.Organization;
import cn.org.cast.volunteer.organization.Organizations;
import cn.org.cast.volunteer.security.Groups;

/**
 * The registry's organisations, and generated national societies beyond them up to a count, each with its
 * group and a submitter account: a campaign larger than the registry, for demos and benchmarks.
 */
public final class GeneratedOrganisations {

  public static final String PASSWORD = "Cast#Demo2019";

  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final Organizations organizations;

  public GeneratedOrganisations(ProcessEngine engine, JdbcClient jdbc, Organizations organizations) {
    this.engine = engine;
    this.jdbc = jdbc;
    this.organizations = organizations;
  }

  /** The codes of {@code count} active organisations, generated ones (G001, G002, …) where the registry ends. */
  public List<String> upTo(int count) {
    List<String> codes = new ArrayList<>(organizations.active().stream().map(Organization::code).toList());
    IdentityService identity = engine.getIdentityService();
    for (int i = 1; codes.size() < count; i++) {
      String code = String.format("G%03d", i);
      if (organizations.find(code).isEmpty()) {
        jdbc.sql("""
                INSERT INTO organization (code, name, org_type, sector, region, email, leader_email, active)
                VALUES (:code, :name, 'NATIONAL_SOCIETY', '理科', '全国', :email, :email, TRUE)""")
            .param("code", code).param("name", "演示学会" + code).param("email", code.toLowerCase() + "@demo.example.org")
            .update();
        Group group = identity.newGroup(code);
        group.setName("演示学会" + code);
        group.setType(Groups.ORGANIZATION_GROUP_TYPE);
        identity.saveGroup(group);
      }
      codes.add(code);
    }
    List<String> chosen = codes.subList(0, count);
    for (String code : chosen) {
      String userId = submitter(code);
      if (identity.createUserQuery().userId(userId).count() == 0) {
        User user = identity.newUser(userId);
        user.setFirstName(code);
        user.setLastName("报送人");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(userId, code);
      }
    }
    return chosen;
  }

  public static String submitter(String code) {
    return "demo" + code.toLowerCase();
  }
}
