package cn.org.cast.volunteer.honour;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;

/** Every organisation nominates advanced teams and typical people from Tasklist (seed T4). */
@Component
class ModelAccess implements AccessDeclaration {

  @Override
  public void declare(AccessSetup access) {
    access.everyOrganisationStarts(ModelProcess.KEY);
  }
}
