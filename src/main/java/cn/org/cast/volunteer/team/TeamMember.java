package cn.org.cast.volunteer.team;

/** A member of a team: personal data, shown only to the team's organisation and the levels above. */
public record TeamMember(int position, String name, String mobile, String expertise, String associationPost) {}
