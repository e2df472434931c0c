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
  /** Ceremony lead (仪式总负责): decides on venues that fail their tests, and go / no-go. */
  public static final String CEREMONY_LEAD = "ceremonylead";
  /** AV engineers (音视频工程师): run connection tests, drive the live links. */
  public static final String AV_ENGINEERS = "avengineers";
  /** Camunda's administrators group: all permissions, Admin webapp. */
  public static final String ADMINS = "camunda-admin";

  /** The type Camunda shows for the groups that stand for recipient organisations. */
  public static final String ORGANIZATION_GROUP_TYPE = "ORGANIZATION";
  public static final String ROLE_GROUP_TYPE = "WORKFLOW";

  private Groups() {
  }
}
