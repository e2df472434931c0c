package cn.org.cast.volunteer.project;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;

/** Every organisation sets up service projects from Tasklist (seed T3). */
@Component
class ProjectAccess implements AccessDeclaration {

  @Override
  public void declare(AccessSetup access) {
    access.everyOrganisationStarts(ProjectProcess.KEY);
  }
}
