package cn.org.cast.volunteer.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * One login for everything: Spring Security authenticates; Camunda's webapps and engine REST API
 * trust the authenticated principal (container-based authentication) and apply their authorizations.
 */
@Configuration
class SecurityConfig {

  private static final String CONTAINER_PROVIDER = ContainerBasedAuthenticationProvider.class.getName();
  static final String APP_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  /**
   * Scripts and other systems: the engine REST API, and the app's own API called with HTTP Basic (e.g.
   * the live signals). No session, so there is no cookie to forge a request with, and no CSRF token.
   */
  @Bean
  @Order(1)
  SecurityFilterChain basicAuthenticatedApis(HttpSecurity http, ClientAddress clients) throws Exception {
    RequestMatcher appApiWithBasic = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        && String.valueOf(request.getHeader(HttpHeaders.AUTHORIZATION)).startsWith("Basic ");
    return http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), appApiWithBasic))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationDetailsSource(clients::loginDetails))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** People: a Chinese login page, then Tasklist, Cockpit, Admin and the app's own pages. */
  @Bean
  @Order(2)
  SecurityFilterChain webapps(HttpSecurity http, ClientAddress clients) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests
            // The first administrator is created at start-up: Admin's first-user setup stays closed.
            .requestMatchers(path("/camunda/api/admin/setup/**")).denyAll()
            // The login page is the one login: the webapps' own login would check passwords past the throttle.
            .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .requestMatchers(path("/login"), path("/assets/**"), path("/favicon.ico"), path("/error"),
                path("/actuator/health/**")).permitAll()
            // Public pages: the demand form (seed T3; rate-limited and checked by its controller) and the
            // published advanced teams and typical people (seed T4).
            .requestMatchers(path("/public/**"), path("/api/public/**")).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/camunda/app/tasklist/default/", false)
            .authenticationDetailsSource(clients::loginDetails))
        // The webapps' API calls get 401, not the login page: the webapp then leads to the login itself.
        .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
            new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), path("/camunda/api/**")))
        .logout(logout -> logout
            // The webapps' own "log out" must end the one login, not only Camunda's view of it.
            .logoutRequestMatcher(new OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout")))
            .logoutSuccessUrl("/login?logout"))
        // Camunda's own CSRF filter protects its webapps' API with the same cookie/header pair.
        // The public API acts for nobody signed in, so a forged request could gain nothing from a session.
        .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**"), path("/api/public/**")))
        .headers(headers -> headers
            // The app's own pages (login, live board) load nothing from elsewhere and run no inline code;
            // Camunda's webapps send their own policy, with the nonces their scripts need.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path("/camunda/**")),
                new ContentSecurityPolicyHeaderWriter(APP_CONTENT_SECURITY_POLICY)))
            .frameOptions(frame -> frame.sameOrigin())
            .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)))
        .build();
  }

  /** Path patterns, not Spring MVC patterns: the engine REST API and the webapps are other servlets. */
  private static RequestMatcher path(String pattern) {
    return PathPatternRequestMatcher.withDefaults().matcher(pattern);
  }

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
    registration.addUrlPatterns("/camunda/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider", CONTAINER_PROVIDER));
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }
}
