package org.passerelle.accounts;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Personal data (GDPR): "Download my data" and erasure.
 *
 * @param exportValidFor how long the link to a finished export works; its file is removed after
 * @param exportMaxSize the largest ZIP (files included) an export may write; a larger one fails with a message
 * @param exportMaxTime the longest an export may run; a slower one fails with a message
 * @param exportSweepInterval how often expired exports are removed and exports left over are taken up
 * @param eraseDisabledAfter accounts disabled for longer than this are erased by the daily job; unset: never
 * @param retentionInterval how often the retention job looks (daily)
 */
@ConfigurationProperties("passerelle.accounts")
public record PrivacyProperties(
        @DefaultValue("24h") Duration exportValidFor,
        @DefaultValue("500MB") DataSize exportMaxSize,
        @DefaultValue("10m") Duration exportMaxTime,
        @DefaultValue("15m") Duration exportSweepInterval,
        Period eraseDisabledAfter,
        @DefaultValue("1d") Duration retentionInterval) {}
