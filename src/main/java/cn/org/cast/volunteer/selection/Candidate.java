package cn.org.cast.volunteer.selection;

import java.time.OffsetDateTime;

/**
 * One candidate of a pool, with what ranking and the balance rules need: the score and the lowest
 * single reviewer score of its plan, when the plan was submitted, its host organisation and region,
 * and its kind of activity (for venues: enterprise, community, village, …).
 *
 * @param id stable within the pool (e.g. the organisation code, or revision and position of a team)
 * @param region the host's province, or 全国 for a national society
 */
record Candidate(String id, Pool pool, String name, String hostCode, String region, String activityKind,
    double score, double lowestReviewerScore, OffsetDateTime submittedAt) {}
