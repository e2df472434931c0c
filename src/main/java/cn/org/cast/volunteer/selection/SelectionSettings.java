package cn.org.cast.volunteer.selection;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The selection (prefix {@code cast.selection}).
 *
 * @param reviewersPerPlan how many reviewers score each approved plan
 * @param disputeThreshold how far apart (0–100 points) reviewers' scores may lie before the plan is discussed
 */
@ConfigurationProperties("cast.selection")
record SelectionSettings(@DefaultValue("3") int reviewersPerPlan, @DefaultValue("20") double disputeThreshold) {}
