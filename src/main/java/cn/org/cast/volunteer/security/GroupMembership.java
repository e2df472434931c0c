package cn.org.cast.volunteer.security;

import java.util.Set;
import java.util.stream.Collectors;

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

  /** The ids of the user's groups: role groups and the organisation's group. */
  public static Set<String> groupIds(Authentication user) {
    return user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(AUTHORITY_PREFIX))
        .map(authority -> authority.substring(AUTHORITY_PREFIX.length())).collect(Collectors.toSet());
  }

  public static boolean inAny(Authentication user, Set<String> groupIds) {
    return groupIds(user).stream().anyMatch(groupIds::contains);
  }

  /** A 403 with the refusal in Chinese unless the user belongs to one of the groups. */
  public static void requireAny(Authentication user, Set<String> groupIds, String refusal) {
    if (!inAny(user, groupIds)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal);
    }
  }
}
