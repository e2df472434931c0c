package cn.org.cast.volunteer.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The address a request comes from, as the login throttle, the public form's rate limit and the audit count
 * it: the peer's, unless the peer is one of our own proxies (cast.security.trusted-proxies: addresses or CIDR
 * ranges, none by default). Then X-Forwarded-For is read from the right, past our proxies, up to the first
 * address we do not trust: everything further left was written by that client and proves nothing.
 */
@Component
public class ClientAddress {

  static final String FORWARDED_FOR = "X-Forwarded-For";
  /** Only literal addresses are parsed: a host name would make the JVM ask the DNS. */
  private static final Pattern LITERAL = Pattern.compile(
      "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");

  private final List<IpAddressMatcher> trustedProxies;

  @Autowired
  public ClientAddress(Environment environment) {
    // Bound, not @Value: a YAML list and a comma-separated variable (CAST_TRUSTED_PROXIES) both work.
    this(Binder.get(environment).bind("cast.security.trusted-proxies", Bindable.listOf(String.class)).orElse(List.of()));
  }

  public ClientAddress(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies.stream().map(String::strip).filter(proxy -> !proxy.isEmpty())
        .map(IpAddressMatcher::new).toList();
  }

  public String of(HttpServletRequest request) {
    String client = request.getRemoteAddr();
    List<String> hops = new ArrayList<>();
    Collections.list(request.getHeaders(FORWARDED_FOR)).forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
    for (int i = hops.size() - 1; i >= 0 && isTrustedProxy(client); i--) {
      Optional<String> hop = literal(hops.get(i).strip());
      if (hop.isEmpty()) {
        // Not what a proxy of ours writes: the last address we can vouch for is the client.
        break;
      }
      client = hop.get();
    }
    return client;
  }

  /** The client of the request being served, or null outside Spring MVC's handling of a request. */
  public String ofCurrentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        ? of(attributes.getRequest()) : null;
  }

  /**
   * A login's details, its address the client's: the login runs in the security filters, before Spring MVC
   * makes the request current, so the throttle and the audit find the address here.
   */
  public WebAuthenticationDetails loginDetails(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return new WebAuthenticationDetails(of(request), session == null ? null : session.getId());
  }

  /** The client address of a login's details, or null. */
  public static String of(Authentication login) {
    return login.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
  }

  private boolean isTrustedProxy(String address) {
    return trustedProxies.stream().anyMatch(proxy -> proxy.matches(address));
  }

  private static Optional<String> literal(String hop) {
    if (!LITERAL.matcher(hop).matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(hop).getHostAddress());
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
