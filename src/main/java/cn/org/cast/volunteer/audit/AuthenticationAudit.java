package cn.org.cast.volunteer.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import cn.org.cast.volunteer.security.ClientAddress;

/**
 * Logins on the login page, and every failed login on any path (page, HTTP Basic), throttled ones included
 * (LockedException): on the audit log and in the server log, the account as typed (shortened to the audit's
 * 64 characters), never the password.
 */
@Component
class AuthenticationAudit {

  private static final Logger LOG = LoggerFactory.getLogger(AuthenticationAudit.class);

  private final AuditLog audit;

  AuthenticationAudit(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  public void loggedIn(InteractiveAuthenticationSuccessEvent event) {
    audit.record(event.getAuthentication().getName(), AuditAction.LOGIN, null, "登录页", null,
        ClientAddress.of(event.getAuthentication()));
  }

  @EventListener
  public void failed(AbstractAuthenticationFailureEvent event) {
    // Shortened as the audit keeps it, and on one line: whoever types the name writes into our log.
    String account = AuditLog.cut(String.valueOf(event.getAuthentication().getName()), AuditLog.ACTOR_LENGTH)
        .replaceAll("\\p{Cntrl}", "?");
    LOG.warn("登录失败：账号 {}（{}）", account, event.getException().getClass().getSimpleName());
    audit.record(account, AuditAction.LOGIN_FAILED, null, "登录", event.getException().getClass().getSimpleName(),
        ClientAddress.of(event.getAuthentication()));
  }
}
