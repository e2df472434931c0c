package cn.org.cast.volunteer.review;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.DecisionCommentRule;

/** 审核方案 (forms/plan-review.form): the comment a return or rejection needs, by the one rule of decision comments. */
@Component
public class PlanReviewValidator extends DecisionCommentRule {

  public PlanReviewValidator() {
    super(REVIEW_FORM, REVIEW_DECISION, ReviewOutcome.APPROVE, REVIEW_COMMENT, "审核意见");
  }
}
