package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import cn.org.cast.volunteer.team.ServiceField;

/** What a service project starts from: demands in an association's library and active teams of a field. */
public final class ProjectFixtures {

  private ProjectFixtures() {
  }

  /** A demand of the owner's in the given status, as triage leaves it; returns its code. */
  public static String demand(JdbcClient jdbc, String ownerCode, String title, String status) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO innovation_demand (title, description, submitter_kind, submitter_name, contact_name,
                                           contact_mobile, region, tech_field, service_kind, key_core_technology,
                                           owner_code, channel, submitted_at, status)
            VALUES (:title, '村民希望学习大棚蔬菜病虫害绿色防控技术', 'VILLAGE', '某村村委会', '王主任', '13900001111',
                    '北京市', 'MODERN_AGRICULTURE', 'TALENT_TRAINING', FALSE, :owner, 'STAFF', :now, :status)""")
        .param("title", title).param("owner", ownerCode).param("status", status)
        .param("now", OffsetDateTime.parse("2019-04-01T09:00:00+08:00"))
        .update(key, "id");
    return "D" + key.getKey().longValue();
  }

  /** An active team of the organisation with the given field and number of members; returns its code. */
  public static String team(JdbcClient jdbc, String hostCode, String name, ServiceField field, int members) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO volunteer_team (name, host_code, team_rank, status, service_field, joined_at)
            VALUES (:name, :host, 'TEAM', 'ACTIVE', :field, CURRENT_TIMESTAMP)""")
        .param("name", name).param("host", hostCode).param("field", field.name()).update(key, "id");
    long id = key.getKey().longValue();
    for (int i = 1; i <= members; i++) {
      jdbc.sql("INSERT INTO team_member (team_id, position, name, mobile) VALUES (:id, :position, :name, '13800000000')")
          .param("id", id).param("position", i).param("name", "队员" + i).update();
    }
    return "T" + id;
  }

  /** The set-up form: a training project from 6 May to 31 July 2019, reporting monthly, with two indicators. */
  public static Map<String, Object> setUp(String title, String demandCodes) {
    Map<String, Object> form = new HashMap<>();
    form.put(TITLE, title);
    form.put(SERVICE_KIND, ServiceField.TALENT_TRAINING.name());
    form.put(GOALS, "为县域农业技术人员和种植户开展病虫害绿色防控培训，解决大棚蔬菜减产问题");
    form.put(DEMAND_CODES, demandCodes);
    form.put(STARTS_ON, "2019-05-06");
    form.put(ENDS_ON, "2019-07-31");
    form.put(REPORT_EVERY_DAYS, "30");
    form.put(INDICATORS, List.of(
        Map.of(INDICATOR_NAME, "培训基层农技人员", INDICATOR_UNIT, "人次", INDICATOR_TARGET, 300),
        Map.of(INDICATOR_NAME, "示范种植户", INDICATOR_UNIT, "户", INDICATOR_TARGET, 20)));
    return form;
  }

  public static Map<String, Object> recruitment(String teamCode, int volunteers) {
    return Map.of(RECRUITED_TEAMS, List.of(Map.of(TEAM_CODE, teamCode, VOLUNTEER_COUNT, volunteers)));
  }

  public static Map<String, Object> decision(ProjectDecision decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(PROJECT_DECISION, decision.name());
    form.put(DECISION_COMMENT, comment);
    return form;
  }
}
