package org.passerelle.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.passerelle.security.ui.LoginView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;

/**
 * Vaadin's security configurer with our login view, form sign-in through {@link PasswordSignInProvider},
 * a fresh session id at sign-in, sign-in and sign-out refused from other sites ({@link SameOriginSignInFilter}),
 * the pages' security headers ({@link PageHeaders}), and method security so that services refuse callers
 * without the right role even when called directly.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager)
            throws Exception {
        http.authenticationManager(authenticationManager);
        // our stylesheets and images (the top-level frontend/ folder) style the login page too
        http.authorizeHttpRequests(
                auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(PageHeaders::apply);
        // before the CSRF, logout and sign-in filters: Vaadin exempts the login form from CSRF tokens
        http.addFilterBefore(new SameOriginSignInFilter("/login", "/logout"), CsrfFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    AuthenticationManager authenticationManager(
            PasswordSignInProvider provider, ApplicationEventPublisher applicationEventPublisher) {
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(applicationEventPublisher));
        return manager;
    }

    @Bean
    static PasswordEncoder passwordEncoder() {
        // BCrypt by default, with the algorithm recorded in each hash so it can be changed later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
