package org.passerelle.contacts;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the contact list.
 *
 * @param importMaxRows the most data rows one CSV import takes; a larger file is refused with a message, not cut
 * @param importMaxSize the largest CSV file accepted for import
 * @param exportMaxRows the most contacts one CSV export writes; a larger selection is refused
 */
@ConfigurationProperties("passerelle.contacts")
public record ContactsProperties(
        @DefaultValue("20000") int importMaxRows,
        @DefaultValue("10MB") DataSize importMaxSize,
        @DefaultValue("50000") int exportMaxRows) {}
