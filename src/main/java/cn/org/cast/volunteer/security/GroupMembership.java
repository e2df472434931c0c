package cn.org.cast.volunteer.security;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's Camunda groups, as the one login grants them: an authority "GROUP_" + group id each. */
public final class GroupMembership {

  private static final String AUTHORITY_PREFIX = "GROUP_";

  private GroupMembership() {
  }

  static SimpleGrantedAuthority authority(String groupId) {
    return new SimpleGrantedAuthority(AUTHORITY_PREFIX + groupId);
  }

  public static boolean inAny(Authentication user, Set<String> groupIds) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(authority -> authority.startsWith(AUTHORITY_PREFIX)
            && groupIds.contains(authority.substring(AUTHORITY_PREFIX.length())));
  }

  /** A 403 with the refusal in Chinese unless the user belongs to one of the groups. */
  public static void requireAny(Authentication user, Set<String> groupIds, String refusal) {
    if (!inAny(user, groupIds)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
  }
}
