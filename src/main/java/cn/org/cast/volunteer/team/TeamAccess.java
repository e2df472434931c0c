package cn.org.cast.volunteer.team;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;

/** Every organisation applies for its corps and teams from Tasklist (seed T1). */
@Component
class TeamAccess implements AccessDeclaration {

  @Override
  public void declare(AccessSetup access) {
    access.everyOrganisationStarts(TeamProcess.KEY);
  }
}
