package cn.org.cast.volunteer.platform;

/** A pilot county (县、市、区) of the civilization practice centres: its 6-digit code, name and province. */
record PilotCounty(String code, String name, String province) {}
