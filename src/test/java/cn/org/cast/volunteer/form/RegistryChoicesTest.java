package cn.org.cast.volunteer.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.org.cast.volunteer.AppTest;

/**
 * A field that offers the registry's organisations takes any organisation the registry holds when it is
 * submitted, not only those of the list the form was deployed with.
 */
@AppTest
class RegistryChoicesTest {

  private static final String ADDED = "G9901";

  @Autowired
  FormRules rules;

  @Autowired
  DeployedForms forms;

  @Autowired
  JdbcClient jdbc;

  @AfterEach
  void removeTheAddedOrganisation() {
    jdbc.sql("DELETE FROM organization WHERE code = :code").param("code", ADDED).update();
  }

  @Test
  void anOrganisationAddedToTheRegistryAtRunTimeMayBeChosen() {
    jdbc.sql("""
        INSERT INTO organization (code, name, org_type, sector, region, email, leader_email, active)
        VALUES (:code, '运行中加入的学会', 'NATIONAL_SOCIETY', NULL, '全国', 'g9901@example.org', 'lead.g9901@example.org', TRUE)""")
        .param("code", ADDED).update();

    assertThat(recipientProblems(List.of("N006", ADDED))).isEmpty();
  }

  @Test
  void aCodeTheRegistryDoesNotHoldIsRefusedByName() {
    assertThat(recipientProblems(List.of("N006", "X9999", ADDED))).singleElement().asString()
        .contains("X9999").contains(ADDED).doesNotContain("N006");
  }

  private List<String> recipientProblems(List<String> codes) {
    FormValues start = FormValues.of(Map.of("recipientScope", "SELECTED", "recipientCodes", codes));
    return rules.violations(forms.current("campaignStart"), start).stream()
        .filter(violation -> violation.field().equals("recipientCodes")).map(FieldViolation::message).toList();
  }
}
