package cn.org.cast.volunteer.plan;

import static cn.org.cast.volunteer.plan.PlanProcess.*;

import java.util.List;

import cn.org.cast.volunteer.form.FormValues;

/** One submitted version of Attachment 1, with the teams, sub-venues and lower-level societies it proposes. */
record PlanSubmission(String hostOrganization, String activityName, String organizingUnit,
    Platform dockingPlatform, String dockingPlatformName, boolean videoLink, String contactName,
    String contactOfficePhone, String contactMobile, String contactFax, String contactEmail, String planText,
    List<ProposedTeam> teams, List<ProposedVenue> venues, List<NominatedSociety> nominees) {

  public record ProposedTeam(String name, TeamLevel level, String leader, int memberCount) {}

  public record ProposedVenue(String name, Platform kind, String organizer, String address) {}

  /** A lower-level society (branch, local society) the host puts forward for the selection. */
  public record NominatedSociety(String name, String region) {}

  static final String YES = "yes";

  /** The same submission under the host's name as the registry has it. */
  PlanSubmission withHostOrganization(String name) {
    return new PlanSubmission(name, activityName, organizingUnit, dockingPlatform, dockingPlatformName, videoLink,
        contactName, contactOfficePhone, contactMobile, contactFax, contactEmail, planText, teams, venues, nominees);
  }

  /** Reads a submission that {@link PlanSubmissionValidator} has accepted. */
  static PlanSubmission from(FormValues values, String hostOrganization) {
    boolean videoLink = YES.equals(values.text(VIDEO_LINK));
    return new PlanSubmission(hostOrganization, values.text(ACTIVITY_NAME), values.text(ORGANIZING_UNIT),
        Platform.valueOf(values.text(DOCKING_PLATFORM)), values.text(DOCKING_PLATFORM_NAME), videoLink,
        values.text(CONTACT_NAME), values.text(CONTACT_OFFICE_PHONE), values.text(CONTACT_MOBILE),
        values.text(CONTACT_FAX), values.text(CONTACT_EMAIL), values.text(PLAN_TEXT),
        values.list(VOLUNTEER_TEAMS).stream().map(team -> new ProposedTeam(team.text(TEAM_NAME),
            TeamLevel.valueOf(team.text(TEAM_LEVEL)), team.text(TEAM_LEADER), team.integer(TEAM_MEMBER_COUNT)))
            .toList(),
        videoLink ? values.list(SUB_VENUES).stream().map(venue -> new ProposedVenue(venue.text(VENUE_NAME),
            Platform.valueOf(venue.text(VENUE_KIND)), venue.text(VENUE_ORGANIZER), venue.text(VENUE_ADDRESS)))
            .toList() : List.of(),
        values.list(NOMINATED_SOCIETIES) == null ? List.of() : values.list(NOMINATED_SOCIETIES).stream()
            .map(nominee -> new NominatedSociety(nominee.text(NOMINEE_NAME), nominee.text(NOMINEE_REGION))).toList());
  }
}
