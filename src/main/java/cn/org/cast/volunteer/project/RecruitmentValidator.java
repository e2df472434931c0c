package cn.org.cast.volunteer.project;

import static cn.org.cast.volunteer.project.ProjectProcess.*;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.Team;

/** The rules of 招募志愿者 (forms/project-recruitment.form); which teams may serve is the service's to check. */
@Component
public class RecruitmentValidator implements FormValidator {

  static final int MAX_TEAMS = 20;
  static final int MAX_VOLUNTEERS = 500;

  @Override
  public String formId() {
    return RECRUITMENT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    List<FormValues> teams = values.list(RECRUITED_TEAMS);
    if (teams == null || teams.isEmpty() || teams.size() > MAX_TEAMS) {
      return checks.check(false, RECRUITED_TEAMS, "请填写承担项目的服务队（1至" + MAX_TEAMS + "支）").violations();
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < teams.size(); i++) {
      FormValues team = teams.get(i);
      String code = team.text(TEAM_CODE);
      checks.entry(team, "第" + (i + 1) + "支服务队：")
          .required(TEAM_CODE, "队伍编号")
          .check(code == null || Team.idOf(code) != null, TEAM_CODE, "“队伍编号”应为 T 加数字，例如 T12")
          .check(code == null || seen.add(code.toUpperCase()), TEAM_CODE, "该服务队已在前面填写过")
          .required(VOLUNTEER_COUNT, "参与志愿者人数").range(VOLUNTEER_COUNT, "参与志愿者人数", 1, MAX_VOLUNTEERS);
    }
    return checks.violations();
  }
}
