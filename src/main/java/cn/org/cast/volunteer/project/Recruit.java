package cn.org.cast.volunteer.project;

/** A team taking part in a project, and how many of its volunteers. */
public record Recruit(long teamId, int volunteers) {}
