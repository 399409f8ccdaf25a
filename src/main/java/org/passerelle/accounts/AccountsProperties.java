package org.passerelle.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param demoData create the demo accounts on first start (embedded profile only; never in production)
 * @param demoPassword the password of every demo account (printed in the README: demo only)
 * @param bootstrapAdminEmail the first administrator of an installation without accounts
 * @param bootstrapAdminPassword that administrator's initial password, to be changed at first sign-in
 */
@ConfigurationProperties("passerelle.accounts")
public record AccountsProperties(
        @DefaultValue("false") boolean demoData,
        @DefaultValue("Passerelle-demo-2026") String demoPassword,
        String bootstrapAdminEmail,
        String bootstrapAdminPassword) {}
