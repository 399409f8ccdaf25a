package org.passerelle.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.passerelle.base.Sector;
import org.passerelle.proposals.SectionDiff.Kind;
import org.passerelle.proposals.SectionDiff.Segment;

class ProposalModelTest {

    static ProposalContent complete() {
        return new ProposalContent(
                "Solar clinic",
                "A clinic powered by the sun",
                "No power at night",
                "Light the clinic",
                "Install panels",
                "3,000 patients",
                "RW",
                "Nyamagabe",
                EnumSet.of(Sector.HEALTH),
                new BigDecimal("25000"),
                "EUR",
                "Panels: 18,000\nTraining: 7,000",
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31),
                "Q2: panels",
                null,
                "Engineers of the diaspora",
                "Night care",
                "Local technicians",
                null);
    }

    @Test
    void anEmptyProposalMissesEveryRequiredSection() {
        Set<Section> required = EnumSet.noneOf(Section.class);
        for (Section section : Section.values()) {
            if (section.required()) {
                required.add(section);
            }
        }
        assertThat(ProposalContent.empty().missingSections()).isEqualTo(required);
        assertThat(complete().missingSections()).isEmpty();
    }

    @Test
    void theChecklistNamesWhatIsStillEmpty() {
        ProposalContent c = complete();
        ProposalContent partial = new ProposalContent(
                c.title(),
                " ",
                c.problem(),
                c.objectives(),
                c.activities(),
                c.beneficiaries(),
                c.country(),
                c.region(),
                Set.of(),
                null,
                "EUR",
                c.budgetItems(),
                c.startDate(),
                null,
                c.milestones(),
                null,
                c.diasporaContribution(),
                c.expectedImpact(),
                c.sustainability(),
                null);
        assertThat(partial.missingSections())
                .containsExactlyInAnyOrder(Section.SUMMARY, Section.SECTORS, Section.BUDGET, Section.TIMELINE);
    }

    @Test
    void changedSectionsAreDetected() {
        ProposalContent before = complete();
        ProposalContent after = new ProposalContent(
                before.title(),
                before.summary(),
                before.problem() + " and no water",
                before.objectives(),
                before.activities(),
                before.beneficiaries(),
                before.country(),
                before.region(),
                before.sectors(),
                new BigDecimal("26000"),
                "EUR",
                before.budgetItems(),
                before.startDate(),
                before.endDate(),
                before.milestones(),
                before.partners(),
                before.diasporaContribution(),
                before.expectedImpact(),
                before.sustainability(),
                before.risks());
        assertThat(after.changedSince(before)).containsExactlyInAnyOrder(Section.PROBLEM, Section.BUDGET);
        assertThat(before.changedSince(before)).isEmpty();
    }

    @Test
    void theDiffMarksInsertionsAndDeletionsWordByWordAsPlainText() {
        ProposalContent before = complete();
        ProposalContent after = new ProposalContent(
                before.title(),
                before.summary(),
                "No <script>alert(1)</script> power at night",
                before.objectives(),
                before.activities(),
                before.beneficiaries(),
                before.country(),
                before.region(),
                before.sectors(),
                before.budgetAmount(),
                "EUR",
                before.budgetItems() + "\nTransport: 1,000",
                before.startDate(),
                before.endDate(),
                before.milestones(),
                before.partners(),
                before.diasporaContribution(),
                before.expectedImpact(),
                before.sustainability(),
                before.risks());
        List<SectionDiff.SectionChange> changes = SectionDiff.compare(before, after);
        assertThat(changes)
                .extracting(SectionDiff.SectionChange::section)
                .containsExactly(Section.PROBLEM, Section.BUDGET);
        List<Segment> problem = changes.getFirst().lines().getFirst();
        assertThat(problem).anySatisfy(segment -> {
            assertThat(segment.kind()).isEqualTo(Kind.INSERTED);
            assertThat(segment.text().strip()).isEqualTo("<script>alert(1)</script>");
        });
        assertThat(problem.stream()
                        .filter(s -> s.kind() == Kind.UNCHANGED)
                        .map(Segment::text)
                        .reduce("", String::concat))
                .contains("No")
                .contains("power at night");
        List<List<Segment>> budget = changes.get(1).lines();
        assertThat(budget.getLast()).containsExactly(new Segment("Transport: 1,000", Kind.INSERTED));
    }

    @Test
    void everySectionHasALimitAndRequiredOnesAreMostOfThem() {
        assertThat(Section.values()).allSatisfy(s -> assertThat(s.maxLength()).isPositive());
        assertThat(Section.PARTNERS.required()).isFalse();
        assertThat(Section.RISKS.required()).isFalse();
        assertThat(Section.PROBLEM.markdown()).isTrue();
    }
}
