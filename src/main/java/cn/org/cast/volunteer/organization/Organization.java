package cn.org.cast.volunteer.organization;

/**
 * A recipient organisation of the registry; its code is also its Camunda group id. The e-mail reaches
 * its contact office, the leader e-mail its leadership (told when a plan is overdue).
 */
public record Organization(String code, String name, OrganizationType type, String sector, String region,
    String email, String leaderEmail) {}
