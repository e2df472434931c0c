package cn.org.cast.volunteer;

import static cn.org.cast.volunteer.notice.CampaignProcess.*;
import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.core.io.ClassPathResource;

import cn.org.cast.volunteer.demo.DemoPlans;
import cn.org.cast.volunteer.notice.CampaignProcess;
import cn.org.cast.volunteer.plan.PlanSubmissionValidator;
import cn.org.cast.volunteer.selection.Rubric;
import cn.org.cast.volunteer.selection.SelectionProcess;

/** Valid form submissions; the multi-select of recipients as Json, as Tasklist sends it. */
public final class CampaignFixtures {

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final Rubric RUBRIC = readRubric();

  /** The two national societies and the provincial association that have demo submitters. */
  public static final String CHEMICAL_SOCIETY = "N006";
  public static final String MECHANICAL_SOCIETY = "N043";
  public static final String BEIJING_ASSOCIATION = "P110000";

  private CampaignFixtures() {
  }

  /** A campaign id no other test (or earlier run on the same database) has used. */
  public static String newCampaignId() {
    return "T" + Long.toString(System.currentTimeMillis(), 36) + "-" + SEQUENCE.incrementAndGet();
  }

  public static Map<String, Object> startForm(String campaignId, List<String> recipients) {
    Map<String, Object> form = new HashMap<>();
    form.put(CampaignProcess.CAMPAIGN_ID, campaignId);
    form.put(CampaignProcess.CAMPAIGN_NAME, "第三届全国科技工作者日主题活动");
    form.put(THEME, "礼赞共和国、追梦新时代——科技志愿服务行动");
    form.put(NOTICE_TEXT, "为庆祝中华人民共和国成立70周年，迎接第三个全国科技工作者日，中国科协决定开展科技志愿服务行动。");
    form.put(CampaignProcess.NOTICE_CONTACTS, "中国科协组织人事部  电话：010-68571871  电子邮箱：contact@example.org");
    form.put(ISSUE_DATE, "2019-04-30");
    form.put(PLAN_DEADLINE, "2019-05-10");
    form.put(SYMPOSIUM_DATE, "2019-05-30");
    form.put(SOCIETY_QUOTA, 100);
    form.put(TEAM_QUOTA, 100);
    form.put(VENUE_QUOTA, 10);
    if (recipients == null) {
      form.put(RECIPIENT_SCOPE, "ALL");
    } else {
      form.put(RECIPIENT_SCOPE, "SELECTED");
      form.put(RECIPIENT_CODES, SpinValues.jsonValue(json(recipients)).create());
    }
    return form;
  }

  /** Attachment 1 filled in completely, as the submission form writes it (lists as plain Java lists). */
  public static Map<String, Object> planSubmission(String activityName) {
    return DemoPlans.submission(activityName, "中国化学会科普工作委员会", List.of("中国化学会科技志愿服务总队"),
        List.of(new DemoPlans.Venue("中关村科学城分会场", "INDUSTRIAL_PARK", "中国化学会北京分会", "北京市海淀区中关村大街1号")));
  }

  /** A reviewer's score form with the same points on every criterion of a scale of 10: 8 everywhere is 80. */
  public static Map<String, Object> scorePoints(int each) {
    return scorePoints(() -> each);
  }

  /** A reviewer's score form, the points of each criterion of the rubric drawn from the supplier. */
  public static Map<String, Object> scorePoints(IntSupplier each) {
    Map<String, Object> points = new HashMap<>();
    for (Rubric.Criterion criterion : RUBRIC.criteria()) {
      points.put(SelectionProcess.POINTS_PREFIX + criterion.code(), each.getAsInt());
    }
    points.put(SelectionProcess.SCORE_COMMENT, "评分意见");
    return points;
  }

  private static Rubric readRubric() {
    try (InputStream csv = new ClassPathResource("selection/rubric.csv").getInputStream()) {
      return Rubric.read(csv);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Chinese text of exactly the given number of characters. */
  public static String planText(int characters) {
    return DemoPlans.planText(characters);
  }

  private static String json(List<String> values) {
    return values.stream().map(v -> "\"" + v + "\"").reduce((a, b) -> a + "," + b).map(s -> "[" + s + "]")
        .orElse("[]");
  }
}
