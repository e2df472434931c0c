package cn.org.cast.volunteer.plan;

/** A plan's key facts, as the processes need them. */
public record PlanRecord(long id, String campaignId, String orgCode, PlanStatus status, int currentRevision,
    String processInstanceId) {}
