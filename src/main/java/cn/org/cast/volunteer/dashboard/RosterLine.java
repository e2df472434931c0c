package cn.org.cast.volunteer.dashboard;

import java.time.OffsetDateTime;

import cn.org.cast.volunteer.organization.OrganizationType;

/** One recipient of a campaign's notice: the organisation, its plan's state and its contact people. */
record RosterLine(String orgCode, String orgName, OrganizationType type, String region, PlanState state,
    OffsetDateTime stateSince, int revision, OffsetDateTime submittedAt, String contactName, String contactOfficePhone,
    String contactMobile, String contactEmail, String orgEmail, long remindersSent, String processInstanceId) {}
