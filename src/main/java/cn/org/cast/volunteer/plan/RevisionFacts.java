package cn.org.cast.volunteer.plan;

import java.time.OffsetDateTime;

/** What the selection needs of an approved plan's revision: its docking platform, video link and submission time. */
public record RevisionFacts(String dockingPlatform, boolean videoLink, OffsetDateTime submittedAt) {}
