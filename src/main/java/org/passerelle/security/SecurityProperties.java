package org.passerelle.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, configurable in {@code config/application.properties}.
 *
 * @param maxFailuresPerAccount failures for one account name within the window before sign-in is refused
 * @param maxFailuresPerAddress failures from one client address within the window before sign-in is refused
 * @param failureWindow how long a failure counts
 * @param trackedKeys upper bound of names and addresses remembered, so that a flood cannot exhaust memory
 */
@ConfigurationProperties("passerelle.security.sign-in")
public record SecurityProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration failureWindow,
        @DefaultValue("100000") int trackedKeys) {}
