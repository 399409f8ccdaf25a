package org.passerelle.newsletter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The newsletter's public pages ({@code /newsletters}, {@code /newsletters/<id>}) and a contact's unsubscribe link
 * work without signing in. Only sent issues are shown (the service says so), the pages are plain HTML with no
 * script, and the unsubscribe POST (a mail program's one-click POST carries no CSRF token) is authorised by its
 * signed token alone: this chain, for these paths only, lets everyone in and checks no CSRF token. No session.
 */
@Configuration
class PublicPagesSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain newsletterPublicFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/newsletters", "/newsletters/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentTypeOptions(options -> {})
                        .frameOptions(frames -> frames.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; style-src 'unsafe-inline';"
                                        + " img-src 'self' https: data:; form-action 'self'; frame-ancestors 'none';"
                                        + " base-uri 'none'")))
                .build();
    }
}
