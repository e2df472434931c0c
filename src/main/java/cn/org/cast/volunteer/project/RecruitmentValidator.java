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

/**
 * What 招募志愿者 (forms/project-recruitment.form) cannot say itself: how many teams, each once; which teams may
 * serve is the service's to check.
 */
@Component
class RecruitmentValidator implements FormValidator {

  static final int MAX_TEAMS = 20;

  @Override
  public String formId() {
    return RECRUITMENT_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    List<FormValues> teams = values.list(RECRUITED_TEAMS);
    if (teams == null || teams.isEmpty() || teams.size() > MAX_TEAMS) {
      return checks.check(teams == null, RECRUITED_TEAMS, "请填写承担项目的服务队（1至" + MAX_TEAMS + "支）").violations();
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < teams.size(); i++) {
      String code = teams.get(i).text(TEAM_CODE);
      checks.entry(teams.get(i), "承担项目的服务队", i)
          .check(code == null || seen.add(code.toUpperCase()), TEAM_CODE, "该服务队已在前面填写过");
    }
    return checks.violations();
  }
}
