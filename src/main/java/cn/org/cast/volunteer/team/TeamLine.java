package cn.org.cast.volunteer.team;

/** A team as a project recruits from it: the organisation it belongs to and how many people it has. */
public record TeamLine(long id, String name, String hostName, ServiceField field, String status, int members) {}
