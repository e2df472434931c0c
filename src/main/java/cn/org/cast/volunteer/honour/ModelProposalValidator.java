package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What 推荐先进典型 (forms/model-proposal.form) cannot say itself: at least one ground, at most
 * {@value #MAX_PROJECTS} projects, and no personal numbers in texts that are published. Whether the team is the
 * nominator's and the grounds hold is the service's to check ({@link ModelService#nominate}).
 */
@Component
class ModelProposalValidator implements FormValidator {

  static final int MAX_PROJECTS = 10;
  /** A mobile or identity card number: the texts are published, and nobody's personal numbers with them. */
  private static final Pattern PERSONAL_NUMBER = Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|\\d{17}[\\dXx])(?!\\d)");

  @Override
  public String formId() {
    return PROPOSAL_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    List<String> projects = ModelProposal.projectCodes(values.text(SOURCE_PROJECTS));
    FieldChecks checks = new FieldChecks(values)
        .check(projects.size() <= MAX_PROJECTS, SOURCE_PROJECTS, "最多填写" + MAX_PROJECTS + "个服务项目编号")
        .check(!projects.isEmpty() || Boolean.TRUE.equals(values.raw(CAMPAIGN_SOURCE)), SOURCE_PROJECTS,
            "请至少给出一项依据：填写已结项的服务项目编号，或勾选“该队伍在主题活动中入选”");
    for (String key : List.of(PERSON_ROLE, DEEDS, CASE_TITLE, CASE_TEXT)) {
      String text = values.text(key);
      checks.check(text == null || !PERSONAL_NUMBER.matcher(text).find(), key,
          "事迹和案例将公开发布，请勿填写手机号码或身份证号码");
    }
    return checks.violations();
  }
}
