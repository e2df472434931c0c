package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.FieldChecks;
import cn.org.cast.volunteer.form.FieldViolation;
import cn.org.cast.volunteer.form.FormValidator;
import cn.org.cast.volunteer.form.FormValues;

/**
 * What forms/plan-submission.form (Attachment 1) cannot say itself: how many teams, sub-venues and nominated
 * societies a plan lists. A withdrawal lists none.
 */
@Component
public class PlanSubmissionValidator implements FormValidator {

  public static final int MAX_TEAMS = 50;
  public static final int MAX_NOMINEES = 20;
  public static final int MAX_VENUES = 20;

  @Override
  public String formId() {
    return SUBMISSION_FORM;
  }

  @Override
  public List<FieldViolation> validate(FormValues values) {
    FieldChecks checks = new FieldChecks(values);
    if (SubmissionAction.WITHDRAW.name().equals(values.text(SUBMISSION_ACTION))) {
      return checks.violations();
    }
    List<FormValues> teams = values.list(VOLUNTEER_TEAMS);
    checks.check(teams == null || !teams.isEmpty() && teams.size() <= MAX_TEAMS, VOLUNTEER_TEAMS,
        "请填写拟组建或推荐的科技志愿服务队（1至" + MAX_TEAMS + "支）");
    // Sub-venues are asked for only when the plan takes part in the video link (R1, K2).
    List<FormValues> venues = values.list(SUB_VENUES);
    checks.check(!PlanSubmission.YES.equals(values.text(VIDEO_LINK))
        || venues == null || !venues.isEmpty() && venues.size() <= MAX_VENUES, SUB_VENUES,
        "选择与北京主会场视频连线时，请填写分会场（1至" + MAX_VENUES + "个）");
    List<FormValues> nominees = values.list(NOMINATED_SOCIETIES);
    checks.check(nominees == null || nominees.size() <= MAX_NOMINEES, NOMINATED_SOCIETIES,
        "推荐的下级学会最多" + MAX_NOMINEES + "个");
    return checks.violations();
  }
}
