package org.passerelle.proposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.base.Sector;

/**
 * What authors write, section by section. Structured parts (country, sectors, budget amount, dates) sit
 * beside the texts; {@link #asTexts()} gives every section as text, for the checklist and the comparisons.
 */
public record ProposalContent(
        String title,
        String summary,
        String problem,
        String objectives,
        String activities,
        String beneficiaries,
        String country,
        String region,
        Set<Sector> sectors,
        BigDecimal budgetAmount,
        String currency,
        String budgetItems,
        LocalDate startDate,
        LocalDate endDate,
        String milestones,
        String partners,
        String diasporaContribution,
        String expectedImpact,
        String sustainability,
        String risks) {

    public static ProposalContent empty() {
        return new ProposalContent(
                null, null, null, null, null, null, null, null, Set.of(), null, "EUR", null, null, null, null, null,
                null, null, null, null);
    }

    /** Every section as text (structured parts written out), in template order. */
    public Map<Section, String> asTexts() {
        Map<Section, String> texts = new EnumMap<>(Section.class);
        texts.put(Section.TITLE, text(title));
        texts.put(Section.SUMMARY, text(summary));
        texts.put(Section.PROBLEM, text(problem));
        texts.put(Section.OBJECTIVES, text(objectives));
        texts.put(Section.ACTIVITIES, text(activities));
        texts.put(Section.BENEFICIARIES, text(beneficiaries));
        texts.put(Section.COUNTRY_REGION, join(" — ", text(country), text(region)));
        texts.put(
                Section.SECTORS,
                sectors == null ? "" : sectors.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        texts.put(
                Section.BUDGET,
                join(
                        "\n",
                        budgetAmount == null ? "" : budgetAmount.toPlainString() + " " + text(currency),
                        text(budgetItems)));
        texts.put(Section.TIMELINE, join("\n", dates(), text(milestones)));
        texts.put(Section.PARTNERS, text(partners));
        texts.put(Section.DIASPORA_CONTRIBUTION, text(diasporaContribution));
        texts.put(Section.EXPECTED_IMPACT, text(expectedImpact));
        texts.put(Section.SUSTAINABILITY, text(sustainability));
        texts.put(Section.RISKS, text(risks));
        return texts;
    }

    /** The required sections still empty: the readiness checklist. */
    public Set<Section> missingSections() {
        Set<Section> missing = java.util.EnumSet.noneOf(Section.class);
        if (blank(title)) {
            missing.add(Section.TITLE);
        }
        if (blank(summary)) {
            missing.add(Section.SUMMARY);
        }
        for (var entry : Map.of(
                        Section.PROBLEM, text(problem),
                        Section.OBJECTIVES, text(objectives),
                        Section.ACTIVITIES, text(activities),
                        Section.BENEFICIARIES, text(beneficiaries),
                        Section.DIASPORA_CONTRIBUTION, text(diasporaContribution),
                        Section.EXPECTED_IMPACT, text(expectedImpact),
                        Section.SUSTAINABILITY, text(sustainability))
                .entrySet()) {
            if (entry.getValue().isBlank()) {
                missing.add(entry.getKey());
            }
        }
        if (blank(country)) {
            missing.add(Section.COUNTRY_REGION);
        }
        if (sectors == null || sectors.isEmpty()) {
            missing.add(Section.SECTORS);
        }
        if (budgetAmount == null) {
            missing.add(Section.BUDGET);
        }
        if (startDate == null || endDate == null) {
            missing.add(Section.TIMELINE);
        }
        return missing;
    }

    /** The sections whose text differs from another content's. */
    public Set<Section> changedSince(ProposalContent before) {
        Map<Section, String> mine = asTexts();
        Map<Section, String> theirs = before.asTexts();
        Set<Section> changed = java.util.EnumSet.noneOf(Section.class);
        mine.forEach((section, text) -> {
            if (!text.equals(theirs.get(section))) {
                changed.add(section);
            }
        });
        return changed;
    }

    private String dates() {
        if (startDate == null && endDate == null) {
            return "";
        }
        return (startDate == null ? "?" : startDate.toString()) + " → " + (endDate == null ? "?" : endDate.toString());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String join(String separator, String first, String second) {
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + separator + second;
    }
}
