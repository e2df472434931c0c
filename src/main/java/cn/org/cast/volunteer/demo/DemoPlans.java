package cn.org.cast.volunteer.demo;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;


/** Attachment 1 filled in completely, as the submission form writes it (lists as plain Java lists). */
public final class DemoPlans {

  /** A proposed sub-venue: name, platform kind, organiser, address. */
  public record Venue(String name, String kind, String organizer, String address) {}

  private DemoPlans() {
  }

  public static Map<String, Object> submission(String activityName, String organizingUnit, List<String> teams,
      List<Venue> venues) {
    Map<String, Object> form = new HashMap<>();
    form.put(SUBMISSION_ACTION, "SUBMIT");
    form.put(ACTIVITY_NAME, activityName);
    form.put(ORGANIZING_UNIT, organizingUnit);
    form.put(DOCKING_PLATFORM, "PARTY_MASS_SERVICE_CENTER");
    form.put(DOCKING_PLATFORM_NAME, "北京市海淀区中关村街道党群服务中心");
    form.put(VIDEO_LINK, "yes");
    form.put(CONTACT_NAME, "张三");
    form.put(CONTACT_OFFICE_PHONE, "010-62568157");
    form.put(CONTACT_MOBILE, "13812345678");
    form.put(CONTACT_FAX, "010-62568158");
    form.put(CONTACT_EMAIL, "contact@chemsoc.example.org");
    // Comfortably over the form's minimum of 300 characters.
    form.put(PLAN_TEXT, planText(500));
    form.put(VOLUNTEER_TEAMS, teams.stream().map(team -> Map.<String, Object>of(TEAM_NAME, team,
        TEAM_LEVEL, "NATIONAL_SOCIETY_CORPS", TEAM_LEADER, "李四", TEAM_MEMBER_COUNT, 120)).toList());
    form.put(SUB_VENUES, venues.stream().map(venue -> Map.<String, Object>of(VENUE_NAME, venue.name(),
        VENUE_KIND, venue.kind(), VENUE_ORGANIZER, venue.organizer(), VENUE_ADDRESS, venue.address())).toList());
    return form;
  }

  /** Chinese text of exactly the given number of characters. */
  public static String planText(int characters) {
    String sentence = "组建科技志愿服务队，深入社区和企业开展科普与技术服务。";
    StringBuilder text = new StringBuilder();
    while (text.length() < characters) {
      text.append(sentence);
    }
    return text.substring(0, characters);
  }
}
