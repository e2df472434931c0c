package cn.org.cast.volunteer.plan;

/** How a plan describes a venue it proposes: its kind, address and organiser. */
public record VenueProposal(String kind, String address, String organizer) {}
