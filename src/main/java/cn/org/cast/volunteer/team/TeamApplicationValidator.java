package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 申请组建科技志愿服务队 (forms/team-application.form) cannot say itself: how many members a team has;
 * where the team may stand is the service's to check ({@link TeamService#register}).
 */
@Component
class TeamApplicationValidator implements FormValidator {

  static final int MAX_MEMBERS = 200;

  @Override
  public String formId() {
    return APPLICATION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    List<FormValues> members = values.list(MEMBERS);
    return new FieldChecks(values).check(members == null || !members.isEmpty() && members.size() <= MAX_MEMBERS,
        MEMBERS, "请填写队员（1至" + MAX_MEMBERS + "人）").violations();
  }
}
