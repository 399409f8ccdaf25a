package org.passerelle.calls;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.passerelle.base.Sector;

/** What staff enter for a call. Texts may be in English, French or both. */
public record CallForm(
        String titleEn,
        String titleFr,
        String descriptionEn,
        String descriptionFr,
        String guidanceEn,
        String guidanceFr,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean verifiedOnly,
        Set<String> countries,
        Set<Sector> sectors,
        int maxPerAssociation,
        List<Criterion> criteria) {}
