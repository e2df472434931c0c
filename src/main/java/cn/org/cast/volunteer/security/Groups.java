package cn.org.cast.volunteer.security;

/**
 * Camunda group ids of the roles. Each registry organisation is a group too, with its code as id.
 * Ids are plain letters and digits: Camunda's default id pattern refuses anything else.
 */
public final class Groups {

  /** CAST Organization & Personnel Dept (组织人事部): start campaigns, close collection, use Cockpit. */
  public static final String ORGANIZERS = "organizers";
  /** Reviewers of preparation plans (方案审核). */
  public static final String REVIEWERS = "reviewers";
  /** Selection committee (遴选委员会). */
  public static final String COMMITTEE = "committee";
  /** Ceremony team (仪式筹备组). */
  public static final String CEREMONY = "ceremony";
  /** Camunda's administrators group: all permissions, Admin webapp. */
  public static final String ADMINS = "camunda-admin";

  /** The type Camunda shows for the groups that stand for recipient organisations. */
  public static final String ORGANIZATION_GROUP_TYPE = "ORGANIZATION";
  public static final String ROLE_GROUP_TYPE = "WORKFLOW";

  private Groups() {
  }
}
