package cn.org.cast.volunteer.publication;

import cn.org.cast.volunteer.selection.Pool;

/** One line of a published list: a candidate, its host organisation and its outcome. */
public record PublishedLine(Pool pool, int order, String name, String hostCode, String hostName, String region,
    double score, String outcome) {}
