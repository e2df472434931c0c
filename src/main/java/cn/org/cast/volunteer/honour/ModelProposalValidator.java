package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.Team;

/**
 * The rules of 推荐先进典型 (forms/model-proposal.form) that the values alone decide; whether the team is the
 * nominator's and the grounds hold is the service's to check ({@link ModelService#nominate}).
 */
@Component
public class ModelProposalValidator implements FormValidator {

  static final int MAX_PROJECTS = 10;
  private static final List<String> KINDS = Arrays.stream(ModelKind.values()).map(Enum::name).toList();
  /** A mobile or identity card number: the texts are published, and nobody's personal numbers with them. */
  private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dXx])(?!\\d)");

  @Override
  public String formId() {
    return PROPOSAL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values)
        .required(KIND, "推荐类别").oneOf(KIND, "推荐类别", KINDS)
        .required(TEAM_CODE, "队伍编号").bool(CAMPAIGN_SOURCE, "依据：主题活动入选")
        .required(DEEDS, "先进事迹").length(DEEDS, "先进事迹", 50, 3000)
        .required(CASE_TITLE, "典型案例标题").length(CASE_TITLE, "典型案例标题", 4, 100)
        .required(CASE_TEXT, "典型案例").length(CASE_TEXT, "典型案例", 50, 5000);
    String team = values.text(TEAM_CODE);
    checks.check(team == null || Team.idOf(team) != null, TEAM_CODE, "队伍编号应为 T 加数字，例如 T12");
    if (ModelKind.TYPICAL_PERSON.name().equals(values.raw(KIND))) {
      checks.required(PERSON_NAME, "姓名").length(PERSON_NAME, "姓名", 2, 50)
          .required(PERSON_ROLE, "在队伍中的角色").length(PERSON_ROLE, "在队伍中的角色", 2, 50);
    }
    List<String> projects = ModelProposal.projectCodes(values.text(SOURCE_PROJECTS));
    checks.check(projects.stream().allMatch(code -> ModelProposal.PROJECT_CODE.matcher(code).matches()), SOURCE_PROJECTS,
        "服务项目编号应为 S 加数字，多个编号用逗号隔开，例如 S3, S7");
    checks.check(projects.size() <= MAX_PROJECTS, SOURCE_PROJECTS, "最多填写" + MAX_PROJECTS + "个服务项目编号");
    checks.check(!projects.isEmpty() || Boolean.TRUE.equals(values.raw(CAMPAIGN_SOURCE)), SOURCE_PROJECTS,
        "请至少给出一项依据：填写已结项的服务项目编号，或勾选“该队伍在主题活动中入选”");
    for (String key : List.of(PERSON_ROLE, DEEDS, CASE_TITLE, CASE_TEXT)) {
      String text = values.text(key);
      checks.check(text == null || !PERSONAL_NUMBER.matcher(text).find(), key,
          "事迹和案例将公开发布，请勿填写手机号码或身份证号码");
    }
    return checks.violations();
  }
}
