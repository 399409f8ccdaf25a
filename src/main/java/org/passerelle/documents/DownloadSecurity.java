package org.passerelle.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * Lets signed-in people reach the download address (the application's main security chain only opens Vaadin's
 * own requests). It reads the person from the session like the main chain; what each person may download is
 * decided per document by {@link DocumentService#open}. Anonymous visitors are sent to the login page.
 */
@Configuration
class DownloadSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain documentDownloadSecurity(HttpSecurity http) throws Exception {
        return http.securityMatcher(DocumentDownloads.PATH + "**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .headers(headers -> headers.contentTypeOptions(options -> {}).frameOptions(frames -> frames.deny()))
                .requestCache(cache -> cache.disable())
                .build();
    }
}
