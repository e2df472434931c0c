package cn.org.cast.volunteer.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** The organiser's view of one campaign, as the dashboard page shows it. */
record Dashboard(Summary campaign, List<Figure> states, List<Breakdown> byType, List<Breakdown> byRegion,
    Deadlines deadlines, Reviews reviews, List<PoolFill> selection, Ceremony ceremony) {

  public record Summary(String id, String name, String status, LocalDate planDeadline, LocalDate symposiumDate,
      LocalDate today, int workingDaysToDeadline, int recipients) {}

  /** A number with what it counts; key is what the list behind it is asked for with. */
  public record Figure(String key, String label, long count) {}

  /** Recipients of one organisation type or one region, by state. */
  public record Breakdown(String key, String label, Map<PlanState, Long> states, long total) {}

  public record Deadlines(List<Due> dueSoon, List<Due> overdue, List<MailFigures> mails, int horizonWorkingDays) {}

  /** A recipient that still has to submit, and when. */
  public record Due(String orgCode, String orgName, String state, OffsetDateTime dueAt, int workingDaysLeft) {}

  public record MailFigures(String purpose, String label, long sent, long failed, long pending) {}

  public record Reviews(List<ReviewerProgress> reviewers, List<Waiting> waitingLongest, long unclaimed) {}

  public record ReviewerProgress(String reviewer, String name, long approved, long returned, long rejected, long open,
      long scoringAssigned, long scored) {}

  public record Waiting(String orgCode, String orgName, OffsetDateTime waitingSince, int workingDaysWaiting,
      String assignee) {}

  public record PoolFill(String pool, String label, int quota, long selected, long waitlisted, long notQualified) {}

  public record Ceremony(List<Figure> venues, List<Figure> representatives) {}
}
