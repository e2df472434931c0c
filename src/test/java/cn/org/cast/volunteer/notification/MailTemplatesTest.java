package cn.org.cast.volunteer.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every mail template renders in Chinese: a subject, a plain-text body and an HTML body in the layout. */
class MailTemplatesTest {

  private final MailTemplates templates = new MailTemplates();

  @ParameterizedTest
  @EnumSource(value = NotificationPurpose.class, names = {"SELECTION_RESULT", "SCORING_REMINDER",
      "PROJECT_REPORT_REMINDER", "PROJECT_REPORT_OVERDUE"}, mode = EnumSource.Mode.EXCLUDE)
  void rendersSubjectTextAndHtml(NotificationPurpose purpose) {
    MailModel model = MailModel.forCampaign("第三届全国科技工作者日主题活动", "中国科协组织人事部 电话：010-68571871")
        .with("orgName", "中国化学会").with("recipientName", "审核人 李审核").with("revision", 2)
        .with("deadline", MailModel.moment(Date.from(Instant.parse("2019-05-10T15:59:59Z"))))
        .with("noticeText", "请各单位认真做好筹备工作。").with("theme", "礼赞共和国、追梦新时代")
        .with("symposiumDate", MailModel.day(LocalDate.of(2019, 5, 30)))
        .with("issueDate", MailModel.day(LocalDate.of(2019, 4, 30)))
        .with("taskLink", "http://localhost:8080/camunda/app/tasklist/default/#/?task=42");

    MailContent mail = templates.render(purpose, model.values());

    assertThat(mail.subject()).isNotBlank().doesNotContain("\n").containsPattern("[\\u4e00-\\u9fff]");
    assertThat(mail.text()).contains("中国化学会", "2019年5月10日（星期五）23:59").doesNotContain("[(", "${");
    assertThat(mail.html()).contains("<title>" + mail.subject() + "</title>", "中国化学会",
        "2019年5月10日（星期五）23:59", "href=\"http://localhost:8080/camunda/app/tasklist/default/#/?task=42\"",
        "联系方式", "中国科协组织人事部", "请勿直接回复").doesNotContain("th:text", "th:if", "${");
  }

  @ParameterizedTest
  @EnumSource(value = NotificationPurpose.class, names = {"NOTICE_ISSUED", "PLAN_REMINDER", "PLAN_OVERDUE"})
  void leavesOutWhatTheModelDoesNotHave(NotificationPurpose purpose) {
    MailContent mail = templates.render(purpose, MailModel.forCampaign("活动", null).with("orgName", "中国化学会")
        .with("deadline", "2019年5月10日（星期五）23:59").values());

    assertThat(mail.html()).doesNotContain("<a ", "联系方式");
    assertThat(mail.text()).doesNotContain("办理地址", "附言");
  }

  @Test
  void theSelectionResultListsEachCandidateWithItsOutcome() {
    MailContent mail = templates.render(NotificationPurpose.SELECTION_RESULT,
        MailModel.forCampaign("第三届全国科技工作者日主题活动", "电话：010-68571871").with("orgName", "中国化学会")
            .with("selectedCount", 1L).with("taskLink", "http://localhost:8080/api/campaigns/2019/selection.xlsx")
            .with("candidates", List.of(Map.of("kind", "学会", "name", "中国化学会", "outcome", "入选"),
                Map.of("kind", "科技志愿服务队", "name", "化学科普志愿服务队", "outcome", "候补")))
            .values());

    assertThat(mail.subject()).isEqualTo("【遴选结果】“第三届全国科技工作者日主题活动”遴选结果公布");
    assertThat(mail.text()).contains("- 学会：中国化学会 —— 入选\n- 科技志愿服务队：化学科普志愿服务队 —— 候补",
        "请入选单位", "公布名单（登录后下载）：http://localhost:8080/api/campaigns/2019/selection.xlsx");
    assertThat(mail.html()).contains("<td style=\"padding:4px 12px 4px 0\">化学科普志愿服务队</td>", "<strong>候补</strong>",
        "href=\"http://localhost:8080/api/campaigns/2019/selection.xlsx\"", "下载公布名单（Excel）");
  }

  @Test
  void theScoringReminderSaysHowManyPlansAndWhose() {
    MailContent mail = templates.render(NotificationPurpose.SCORING_REMINDER,
        MailModel.forCampaign("第三届全国科技工作者日主题活动", "电话：010-68571871").with("recipientName", "评审 王评审")
            .with("openCount", 2).with("hosts", "中国化学会、中国机械工程学会")
            .with("deadline", "2019年5月20日（星期一）23:59")
            .with("taskLink", "http://localhost:8080/camunda/app/tasklist/default/").values());

    assertThat(mail.subject()).isEqualTo("【评分提醒】您还有2个方案待评分，请于2019年5月20日（星期一）23:59前完成");
    assertThat(mail.text()).contains("评审 王评审：", "还有2个尚未评分（中国化学会、中国机械工程学会）", "电话：010-68571871");
    assertThat(mail.html()).contains("href=\"http://localhost:8080/camunda/app/tasklist/default/\"", "办理“评分”");
  }

  @ParameterizedTest
  @EnumSource(value = NotificationPurpose.class, names = {"PROJECT_REPORT_REMINDER", "PROJECT_REPORT_OVERDUE"})
  void aProgressReportMailNamesTheProjectAndTheReport(NotificationPurpose purpose) {
    MailContent mail = templates.render(purpose, new MailModel().with("orgName", "北京市科学技术协会")
        .with("projectTitle", "社区慢性病健康管理科普").with("projectCode", "S4").with("reportNumber", 2)
        .with("reportCount", 3).with("deadline", "2019年6月5日（星期三）23:59")
        .with("taskLink", "http://localhost:8080/camunda/app/tasklist/default/").values());

    assertThat(mail.subject()).contains("“社区慢性病健康管理科普”第2期进展").doesNotContain("null");
    assertThat(mail.text()).contains("北京市科学技术协会：", "（S4）第2期进展报告", "2019年6月5日（星期三）23:59")
        .doesNotContain("[(", "${");
    assertThat(mail.html()).contains("<title>" + mail.subject() + "</title>", "办理“报送项目进展”")
        .doesNotContain("th:text", "null");
  }
}
