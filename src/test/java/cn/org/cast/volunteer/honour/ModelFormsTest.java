package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;
import cn.org.cast.volunteer.team.Team;

/** The model forms and the server's copy of their rules: the same fields, options and limits, said in Chinese. */
class ModelFormsTest {

  private static final Team TEAM = new Team(12, "社区科普服务队", null, null, null, null, null, null, null, null, null);
  private final ModelProposalValidator proposal = new ModelProposalValidator();
  private final ModelReviewValidator review = new ModelReviewValidator();

  @Test
  void completeNominationsPass() {
    assertThat(proposalViolations(FormValues.of(ModelSociety.teamProposal(TEAM, 3, 7)))).isEmpty();
    assertThat(proposalViolations(FormValues.of(ModelSociety.personProposal(TEAM, "李志愿", 3)))).isEmpty();
    assertThat(ModelProposal.of(FormValues.of(Map.of(KIND, "ADVANCED_TEAM", TEAM_CODE, "t12", SOURCE_PROJECTS, "S3、s7 S3")))
        .projectIds()).containsExactly(3L, 7L);
  }

  @Test
  void eachRuleOfTheNominationSaysWhatIsWrong() {
    Map<String, Object> form = ModelSociety.personProposal(TEAM, "李", 3);
    form.put(TEAM_CODE, "十二队");
    form.put(SOURCE_PROJECTS, "项目三");
    form.put(PERSON_ROLE, "队长，身份证110101199003071234");
    form.put(CASE_TITLE, "案例");

    assertThat(proposalViolations(FormValues.of(form))).extracting(FieldViolation::field, FieldViolation::message)
        .containsExactlyInAnyOrder(
            tuple(TEAM_CODE, "“队伍编号”格式不正确：应为服务队的编号，T 加数字，例如 T12"),
            tuple(PERSON_NAME, "“姓名”应为2至50个字（当前1个字）"),
            tuple(SOURCE_PROJECTS, "“依据：已结项的志愿服务项目编号”格式不正确：应为 S 加数字，多个编号用逗号隔开，例如 S3, S7"),
            tuple(PERSON_ROLE, "事迹和案例将公开发布，请勿填写手机号码或身份证号码"),
            tuple(CASE_TITLE, "“典型案例标题”应为4至100个字（当前2个字）"));
  }

  @Test
  void aNominationRestsOnAtLeastOneAndAtMostTenProjectsOrOnACampaign() {
    Map<String, Object> none = ModelSociety.teamProposal(TEAM);
    assertThat(proposalViolations(FormValues.of(none)))
        .extracting(FieldViolation::field).containsExactly(SOURCE_PROJECTS);
    none.put(CAMPAIGN_SOURCE, true);
    assertThat(proposalViolations(FormValues.of(none))).isEmpty();
    Map<String, Object> many = ModelSociety.teamProposal(TEAM, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    assertThat(proposalViolations(FormValues.of(many)))
        .extracting(FieldViolation::message).containsExactly("最多填写10个服务项目编号");
  }

  @Test
  void approvingNeedsNoCommentButReturningOrRejectingDoes() {
    assertThat(reviewViolations(decision("APPROVE", null))).isEmpty();
    assertThat(reviewViolations(decision("RETURN", null)))
        .extracting(FieldViolation::field).containsExactly(DECISION_COMMENT);
    assertThat(reviewViolations(decision("REJECT", "不行"))).extracting(FieldViolation::message)
        .containsExactly("“评审意见”至少5个字（当前2个字）");
    assertThat(reviewViolations(decision("PERHAPS", null))).extracting(FieldViolation::field).contains(DECISION);
  }

  private static FormValues decision(String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(DECISION, decision);
    form.put(DECISION_COMMENT, comment);
    return FormValues.of(form);
  }

  private List<FieldViolation> proposalViolations(FormValues values) {
    return FormFiles.violations("model-proposal", proposal, values);
  }

  private List<FieldViolation> reviewViolations(FormValues values) {
    return FormFiles.violations("model-review", review, values);
  }
}
