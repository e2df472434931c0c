package cn.org.cast.volunteer.plan;

/** A team, venue or society a revision proposes: its position, name and detail (a venue's kind, a society's region). */
public record ProposedCandidate(int position, String name, String detail) {}
