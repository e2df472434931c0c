package cn.org.cast.volunteer.honour;

import static cn.org.cast.volunteer.honour.ModelProcess.*;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.form.DecisionCommentRule;

/** 评审先进典型推荐: the comment a return or refusal needs, by the one rule of decision comments. */
@Component
class ModelReviewValidator extends DecisionCommentRule {

  ModelReviewValidator() {
    super(REVIEW_FORM, DECISION, ModelDecision.APPROVE, DECISION_COMMENT, "评审意见");
  }
}
