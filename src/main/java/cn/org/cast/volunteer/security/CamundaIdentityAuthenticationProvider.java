package cn.org.cast.volunteer.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The one login: Spring Security checks the password against Camunda's identity service, so users,
 * groups and passwords are managed in Camunda Admin. Every way in (login page, HTTP Basic) passes here, and
 * so through the {@link LoginThrottle}: an attempt that must wait fails like a wrong password (the caller
 * learns nothing about the account), without its password being checked.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object password = authentication.getCredentials();
    String client = ClientAddress.of(authentication);
    if (throttle.mustWait(userId, client)) {
      // Audited as such (AuthenticationFailureLockedEvent); answered as any failed login.
      throw new LockedException("登录尝试过于频繁，请稍后再试");
    }
    if (userId == null || password == null || !identityService.checkPassword(userId, password.toString())) {
      throttle.failed(userId, client);
      throw new BadCredentialsException("用户名或密码不正确");
    }
    throttle.succeeded(userId);
    List<SimpleGrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(group -> GroupMembership.authority(group.getId())).toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
