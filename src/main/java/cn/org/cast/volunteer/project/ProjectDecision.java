package cn.org.cast.volunteer.project;

/** CAST's answer to a project set up and staffed. */
public enum ProjectDecision {
  APPROVE,
  RETURN,
  REJECT
}
