package cn.org.cast.volunteer.selection;

/** A candidate's line in the selection, as proposed and as the committee left it. */
public record SelectionEntry(Pool pool, String candidateId, String name, String hostCode, String region,
    String activityKind, double score, int rank, String status, String reason) {}
