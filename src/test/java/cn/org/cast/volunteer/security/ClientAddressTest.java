package cn.org.cast.volunteer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;

/** Whose request it is: X-Forwarded-For is believed only from our own proxies, read from the right. */
class ClientAddressTest {

  @Test
  void withoutConfiguredProxiesTheHeaderIsIgnoredEvenFromLoopback() {
    ClientAddress clients = new ClientAddress(new MockEnvironment());
    assertThat(clients.of(request("127.0.0.1", "198.51.100.7"))).isEqualTo("127.0.0.1");
    assertThat(clients.of(request("10.0.0.5", "198.51.100.7"))).isEqualTo("10.0.0.5");
  }

  @Test
  void behindOurProxiesTheRightMostAddressWeDoNotTrustIsTheClient() {
    ClientAddress clients = new ClientAddress(
        new MockEnvironment().withProperty("cast.security.trusted-proxies", "10.0.0.5, 172.18.0.0/16,::1"));
    assertThat(clients.of(request("10.0.0.5", "203.0.113.9, 198.51.100.7"))).isEqualTo("198.51.100.7");
    // Two of our proxies in a row, the header in two lines: past both to the client.
    MockHttpServletRequest twoHops = request("10.0.0.5", "203.0.113.9");
    twoHops.addHeader("X-Forwarded-For", "198.51.100.7, 172.18.3.4");
    assertThat(clients.of(twoHops)).isEqualTo("198.51.100.7");
    assertThat(clients.of(request("0:0:0:0:0:0:0:1", "2001:db8::7"))).isEqualTo("2001:db8:0:0:0:0:0:7");
    // A peer that is not ours, whatever it says.
    assertThat(clients.of(request("198.51.100.8", "10.0.0.5"))).isEqualTo("198.51.100.8");
    assertThat(clients.of(request("10.0.0.5", null))).isEqualTo("10.0.0.5");
  }

  @Test
  void whatIsNoAddressIsNeverTakenForOne() {
    ClientAddress clients = new ClientAddress(List.of("10.0.0.0/8"));
    assertThat(clients.of(request("10.0.0.5", "evil.example.org"))).isEqualTo("10.0.0.5");
    assertThat(clients.of(request("10.0.0.5", "198.51.100.7, 999.1.1.1"))).isEqualTo("10.0.0.5");
    assertThat(clients.of(request("10.0.0.5", "x".repeat(500) + ", 10.1.1.1"))).isEqualTo("10.1.1.1");
  }

  private static MockHttpServletRequest request(String peer, String forwardedFor) {
    MockHttpServletRequest request = new MockHttpServletRequest();
    request.setRemoteAddr(peer);
    if (forwardedFor != null) {
      request.addHeader("X-Forwarded-For", forwardedFor);
    }
    return request;
  }
}
