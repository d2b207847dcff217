package jp.kumiaidesk.security;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jp.kumiaidesk.security.ui.LoginView;

/**
 * Form login on the Vaadin login view, views and service methods guarded by role, sessions that change id at
 * login, and the headers of {@link SecurityHeadersFilter}.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, RequestUtil vaadinRequests)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico", "/webjars/**").permitAll()
                // members read a published newsletter without an account; the 128-bit token in the path is the key
                .requestMatchers("/n/**").permitAll()
                // health and metrics answer on the management port, bound to 127.0.0.1 (docs/operations.md)
                .requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeadersFilter.CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.sameOrigin()));
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId())
                // no limit on sessions; the registry lets AccountSessions end a user's sessions when the account changes
                .maximumSessions(-1).sessionRegistry(sessionRegistry).expiredUrl("/login"));
        // Vaadin's own requests carry Vaadin's CSRF protection; everything else — the login form too (Vaadin would
        // exempt it) — needs Spring's token, and a login post must come from our own origin
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterBefore(new SameOriginLoginFilter(), CsrfFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when sessions end or change id. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * No Micrometer observation around each security filter, authentication and {@code @PreAuthorize} check: nothing
     * reads them (the request metrics come from Spring's own HTTP observation). Observations were ~8 % of the samples
     * in a JFR of the SNS editor under load; the load bench's CPU per round trip did not move beyond its noise
     * (docs/benchmarks/2026-11-30-round-trips.md).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new LongPasswordEncoder();
    }
}
