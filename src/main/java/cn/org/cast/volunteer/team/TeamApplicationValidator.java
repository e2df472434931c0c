package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * The rules of 申请组建科技志愿服务队 (forms/team-application.form) that the values alone decide; where
 * the team may stand is the service's to check ({@link TeamService#register}).
 */
@Component
public class TeamApplicationValidator implements FormValidator {

  static final int MAX_MEMBERS = 200;
  private static final List<String> FIELDS = Arrays.stream(ServiceField.values()).map(Enum::name).toList();

  @Override
  public String formId() {
    return APPLICATION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(TEAM_NAME, "队伍名称").length(TEAM_NAME, "队伍名称", 4, 100)
        .required(SERVICE_FIELD, "主要服务领域").oneOf(SERVICE_FIELD, "主要服务领域", FIELDS)
        .required(LEADER_NAME, "负责人").length(LEADER_NAME, "负责人", 2, 50)
        .required(LEADER_MOBILE, "负责人手机").matches(LEADER_MOBILE, "负责人手机", FieldChecks.MOBILE, "13812345678");
    String parent = values.text(PARENT_TEAM);
    checks.check(parent == null || Team.idOf(parent) != null, PARENT_TEAM, "上级队伍编号应为 T 加数字，例如 T12；登记本单位总队时留空");
    List<FormValues> members = values.list(MEMBERS);
    if (members == null || members.isEmpty() || members.size() > MAX_MEMBERS) {
      checks.check(false, MEMBERS, "请填写队员（1至" + MAX_MEMBERS + "人）");
      return checks.violations();
    }
    for (int i = 0; i < members.size(); i++) {
      checks.entry(members.get(i), "第" + (i + 1) + "名队员：")
          .required(MEMBER_NAME, "姓名").length(MEMBER_NAME, "姓名", 2, 50)
          .required(MEMBER_MOBILE, "手机").matches(MEMBER_MOBILE, "手机", FieldChecks.MOBILE, "13812345678")
          .maxLength(MEMBER_EXPERTISE, "专业特长", 100)
          .maxLength(ASSOCIATION_POST, "在基层单位或学会的职务", 100);
    }
    return checks.violations();
  }
}
