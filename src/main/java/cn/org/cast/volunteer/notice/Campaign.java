package cn.org.cast.volunteer.notice;

import java.time.LocalDate;

/**
 * A campaign as its organiser started it; the id is the campaign process's business key, the contact
 * info the notice's contact people, quoted in every mail.
 */
public record Campaign(String id, String name, String theme, String noticeText, LocalDate issueDate,
    LocalDate planDeadline, LocalDate symposiumDate, int societyQuota, int teamQuota, int venueQuota, String contactInfo) {}
