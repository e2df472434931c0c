package cn.org.cast.volunteer.team;

import static cn.org.cast.volunteer.team.TeamProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormFiles;
import cn.org.cast.volunteer.form.FormValues;

/** The server's copy of the team forms' rules, each with its Chinese message. */
class TeamFormValidatorsTest {

  private final TeamApplicationValidator application = new TeamApplicationValidator();
  private final TeamApprovalValidator approval = new TeamApprovalValidator();

  @Test
  void aCompleteApplicationPasses() {
    assertThat(applicationViolations(FormValues.of(TeamRegistrationProcessTest.application("社区科普服务队", "T12", "赵队长"))))
        .isEmpty();
  }

  @Test
  void eachRuleOfTheApplicationSaysWhatIsWrong() {
    Map<String, Object> form = TeamRegistrationProcessTest.application("队", "第十二队", "赵");
    form.put(SERVICE_FIELD, "FISHING");
    form.put(LEADER_MOBILE, "12345");
    form.put(MEMBERS, List.of(Map.of(MEMBER_NAME, "李", MEMBER_MOBILE, "010-1234", ASSOCIATION_POST, "职".repeat(101))));

    assertThat(applicationViolations(FormValues.of(form))).extracting(FieldViolation::field, FieldViolation::message)
        .contains(
            tuple(TEAM_NAME, "“队伍名称”应为4至100个字（当前1个字）"),
            tuple(PARENT_TEAM, "“上级队伍编号”格式不正确：应为 T 加数字，例如 T12；登记本单位总队时留空"),
            tuple(LEADER_MOBILE, "“负责人手机”格式不正确：请输入 11 位手机号码，例如 13812345678"));
    assertThat(applicationViolations(FormValues.of(form))).extracting(FieldViolation::message)
        .anyMatch(message -> message.contains("主要服务领域"))
        .anyMatch(message -> message.startsWith("“队员”第1项：") && message.contains("姓名"))
        .anyMatch(message -> message.startsWith("“队员”第1项：") && message.contains("手机"))
        .anyMatch(message -> message.startsWith("“队员”第1项：") && message.contains("职务"));
  }

  @Test
  void aTeamNeedsAtLeastOneMember() {
    Map<String, Object> form = TeamRegistrationProcessTest.application("社区科普服务队", null, "赵队长");
    form.put(MEMBERS, List.of());

    assertThat(applicationViolations(FormValues.of(form))).extracting(FieldViolation::field).containsExactly(MEMBERS);
  }

  @Test
  void approvingNeedsNoCommentButSendingBackOrRefusingDoes() {
    assertThat(approvalViolations(decision("APPROVE", null))).isEmpty();
    assertThat(approvalViolations(decision("RETURN", null)))
        .extracting(FieldViolation::field).containsExactly(DECISION_COMMENT);
    assertThat(approvalViolations(decision("REJECT", "不行"))).extracting(FieldViolation::message)
        .containsExactly("“审批意见”至少5个字（当前2个字）");
    assertThat(approvalViolations(decision("MAYBE", null))).extracting(FieldViolation::field).contains(TEAM_DECISION);
  }

  private static FormValues decision(String decision, String comment) {
    Map<String, Object> form = new HashMap<>();
    form.put(TEAM_DECISION, decision);
    form.put(DECISION_COMMENT, comment);
    return FormValues.of(form);
  }

  private List<FieldViolation> applicationViolations(FormValues values) {
    return FormFiles.violations("team-application", application, values);
  }

  private List<FieldViolation> approvalViolations(FormValues values) {
    return FormFiles.violations("team-approval", approval, values);
  }
}
