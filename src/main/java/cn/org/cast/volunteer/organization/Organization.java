package cn.org.cast.volunteer.organization;

/** A recipient organisation of the registry; its code is also its Camunda group id. */
public record Organization(
    String code, String name, OrganizationType type, String sector, String region, String email) {}
