package org.passerelle.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit log view.
 *
 * @param pageMax the most entries one read takes: a page of the view, a batch of an export
 * @param exportMax the most entries one CSV export holds (the newest; the file says when it was cut)
 * @param countMax past this many entries found, the view says "more than" instead of counting them all
 */
@ConfigurationProperties("passerelle.audit")
public record AuditProperties(
        @DefaultValue("500") int pageMax,
        @DefaultValue("100000") int exportMax,
        @DefaultValue("10000") int countMax) {}
