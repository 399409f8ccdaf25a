package org.passerelle.notifications.mail;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The unsubscribe address works without signing in, and its one-click POST (RFC 8058: a mail program posts
 * {@code List-Unsubscribe=One-Click} to the link, with no page and no cookie) needs no CSRF token: the signed token in
 * the link is the only authority, so this chain, for this one path, lets everyone in and checks no CSRF token.
 * No session is created; the page loads nothing, and the link (which holds the token) is never sent as a referrer.
 */
@Configuration
class UnsubscribeSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain unsubscribeFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(MailWriter.UNSUBSCRIBE_PATH)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentTypeOptions(options -> {})
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; style-src 'unsafe-inline';"
                                        + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'")))
                .build();
    }
}
