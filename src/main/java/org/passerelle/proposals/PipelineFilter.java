package org.passerelle.proposals;

import java.time.LocalDate;
import org.passerelle.base.Sector;

/**
 * Filters of the 3E pipeline; a null part means any. The period is the proposals' creation date (in the
 * office's time zone), both ends included.
 */
public record PipelineFilter(Long spaceId, Long callId, LocalDate from, LocalDate to, String country, Sector sector) {

    public static final PipelineFilter ANY = new PipelineFilter(null, null, null, null, null, null);
}
