package org.passerelle.records;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the exports.
 *
 * @param maxProposalsPerCall the most proposals one call export reads; a larger call is refused, not cut short
 */
@ConfigurationProperties("passerelle.records")
public record RecordsProperties(@DefaultValue("2000") int maxProposalsPerCall) {}
