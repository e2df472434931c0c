package cn.org.cast.volunteer.platform;

import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.AccessDeclaration;
import cn.org.cast.volunteer.security.AccessSetup;

/** Every organisation applies to pair with grassroots centres from Tasklist (seed T2). */
@Component
class PairingAccess implements AccessDeclaration {

  @Override
  public void declare(AccessSetup access) {
    access.everyOrganisationStarts(PairingProcess.KEY);
  }
}
