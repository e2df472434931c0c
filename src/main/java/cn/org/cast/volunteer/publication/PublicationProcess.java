package cn.org.cast.volunteer.publication;

/** Element ids of the publication stage in processes/campaign.bpmn. */
public final class PublicationProcess {

  public static final String PUBLISH_TASK = "publishSelection";
  public static final String PUBLISHED_END = "selectionPublished";
  /** How many organisations were told their outcome. */
  public static final String ORGANIZATIONS_NOTIFIED = "organizationsNotified";

  private PublicationProcess() {
  }
}
