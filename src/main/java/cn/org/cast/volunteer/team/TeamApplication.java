package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import java.util.ArrayList;
import java.util.List;

import cn.org.cast.volunteer.form.FormValues;

/** An application to register a team, as its form submitted it (checked by {@link TeamApplicationValidator}). */
public record TeamApplication(String name, String parentCode, ServiceField serviceField, String leaderName,
    String leaderMobile, List<TeamMember> members) {

  public static TeamApplication of(FormValues values) {
    List<TeamMember> members = new ArrayList<>();
    for (FormValues member : values.list(MEMBERS)) {
      members.add(new TeamMember(members.size() + 1, member.text(MEMBER_NAME), member.text(MEMBER_MOBILE),
          member.text(MEMBER_EXPERTISE), member.text(ASSOCIATION_POST)));
    }
    String parent = values.text(PARENT_TEAM);
    return new TeamApplication(values.text(TEAM_NAME), parent == null || parent.isBlank() ? null : parent.trim(),
        ServiceField.valueOf(values.text(SERVICE_FIELD)), values.text(LEADER_NAME), values.text(LEADER_MOBILE), members);
  }
}
