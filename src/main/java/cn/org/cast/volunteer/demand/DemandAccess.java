package cn.org.cast.volunteer.demand;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;

/** Every organisation enters innovation demands from Tasklist (seed T3). */
@Component
class DemandAccess implements AccessDeclaration {

  @Override
  public void declare(AccessSetup access) {
    access.everyOrganisationStarts(DemandProcess.KEY);
  }
}
