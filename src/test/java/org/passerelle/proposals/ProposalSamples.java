package org.passerelle.proposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.passerelle.base.Sector;
import org.passerelle.base.TimeZones;

/** Proposal texts for tests of every module that needs a proposal ready to submit (Rwanda, health). */
public final class ProposalSamples {

    private ProposalSamples() {}

    /** A content with every required section filled, starting two months from today in Brussels. */
    public static ProposalContent complete(String title, String problem) {
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        return new ProposalContent(
                title,
                "A clinic powered by the sun",
                problem,
                "Light the clinic",
                "Install panels",
                "3,000 patients",
                "RW",
                "Nyamagabe",
                EnumSet.of(Sector.HEALTH),
                new BigDecimal("25000"),
                "EUR",
                "Panels",
                today.plusMonths(2),
                today.plusMonths(14),
                "Q2: panels",
                null,
                "Engineers",
                "Night care",
                "Local technicians",
                null);
    }
}
