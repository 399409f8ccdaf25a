package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.base.AuditFact;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.Translations;

/** The audit details in the reader's language, for each kind of fact, and for rows written before facts. */
class AuditTextsTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final long BEA = 7;
    private static final long MOUSSA = 8;
    private static final Map<Long, String> NAMES = Map.of(BEA, "Bea Board", MOUSSA, "Moussa Membre");
    private static final Instant AT = Instant.parse("2026-12-03T09:05:30Z");

    private static AuditTexts texts(Locale locale) {
        return new AuditTexts((key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments), locale, NAMES);
    }

    private static AuditEntry entry(String action, Long actorId, String details, List<AuditFact> facts) {
        return new AuditEntry(1, AT, actorId, action, "space", 1L, 1L, details, facts);
    }

    private static String english(String action, AuditFact... facts) {
        return texts(Locale.ENGLISH).details(entry(action, BEA, "ignored", List.of(facts)));
    }

    private static String french(String action, AuditFact... facts) {
        return texts(Locale.FRENCH).details(entry(action, BEA, "ignored", List.of(facts)));
    }

    @Test
    void peopleAreNamedAndLabelsTranslated() {
        AuditFact[] facts = {
            AuditFact.person(BEA), AuditFact.label("spaces.role.BOARD_MEMBER"), AuditFact.label("spaces.role.OBSERVER")
        };
        assertThat(english("space.member-role-changed", facts)).isEqualTo("Bea Board: from Board member to Observer");
        assertThat(french("space.member-role-changed", facts))
                .isEqualTo("Bea Board : de « Membre du Conseil » à « Observateur·rice »");
        assertThat(french(
                        "proposal.submit",
                        AuditFact.label("proposals.state.DRAFT"),
                        AuditFact.label("proposals.state.SUBMITTED")))
                .isEqualTo("De « Brouillon » à « Soumise »");
    }

    @Test
    void someoneNotFoundIsShownByAccountNumber() {
        assertThat(english("space.member-removed", AuditFact.person(99))).isEqualTo("account no. 99");
        assertThat(french("space.member-removed", AuditFact.person(99))).isEqualTo("compte n° 99");
    }

    @Test
    void textIsShownAsWrittenApostrophesAndBracesIncluded() {
        AuditFact title = AuditFact.text("L'eau {0} d'abord");
        assertThat(english("call.created", title)).isEqualTo("“L'eau {0} d'abord”");
        assertThat(french("call.created", title)).isEqualTo("« L'eau {0} d'abord »");
    }

    @Test
    void instantsAreShownInBrusselsTimeAndTheReadersFormat() {
        AuditFact winter = AuditFact.instant(Instant.parse("2026-12-10T15:30:00Z"));
        assertThat(french("ballot.extended", winter, AuditFact.text("Plus de temps")))
                .isEqualTo("Clôture désormais le 10 déc. 2026 16:30. Plus de temps");
        assertThat(english("ballot.extended", winter, AuditFact.text("More time")))
                .isEqualTo("Now closes 10 Dec 2026, 16:30. More time"); // day first, 24-hour clock
        // summer time: two hours ahead of UTC
        assertThat(french(
                        "session.scheduled",
                        AuditFact.text("Atelier"),
                        AuditFact.instant(Instant.parse("2026-07-01T08:00:00Z"))))
                .isEqualTo("« Atelier », début le 1 juil. 2026 10:00");
    }

    @Test
    void datesAreShownInTheReadersFormat() {
        AuditFact[] facts = {
            AuditFact.text("Rapport"), AuditFact.person(MOUSSA), AuditFact.date(LocalDate.of(2026, 12, 24))
        };
        assertThat(french("session.action-added", facts))
                .isEqualTo("« Rapport » pour Moussa Membre, échéance le 24 déc. 2026");
        assertThat(english("session.action-added", facts)).isEqualTo("“Rapport” for Moussa Membre, due 24 Dec 2026");
    }

    @Test
    void numbersChooseTheirWords() {
        assertThat(english("ballot.closed", AuditFact.number(3), AuditFact.text(null)))
                .isEqualTo("3 people voted.");
        assertThat(english("ballot.closed", AuditFact.number(1), AuditFact.text("Quorum reached")))
                .isEqualTo("One person voted. Quorum reached");
        assertThat(french("ballot.closed", AuditFact.number(0), AuditFact.text("")))
                .isEqualTo("Personne n'a voté.");
        assertThat(french("ballot.closed", AuditFact.number(12), AuditFact.text("")))
                .isEqualTo("12 personnes ont voté.");
        assertThat(french("association.contact-changed", AuditFact.person(BEA), AuditFact.flag(false)))
                .isEqualTo("Bea Board n'est plus personne de contact");
        assertThat(english("association.contact-changed", AuditFact.person(BEA), AuditFact.flag(true)))
                .isEqualTo("Bea Board is now a contact person");
    }

    @Test
    void everyKindOfDocumentOwnerIsAWord() {
        for (SubjectKind kind : SubjectKind.values()) {
            for (Locale locale : Translations.LANGUAGES) {
                assertThat(TRANSLATIONS.getTranslation("audit.owner." + kind.name(), locale))
                        .as(kind + " " + locale)
                        .doesNotContain("!")
                        .doesNotContain(kind.name());
            }
        }
    }

    @Test
    void aRowWrittenBeforeFactsShowsItsStoredDetails() {
        AuditEntry old = entry("proposal.submit", BEA, "DRAFT -> SUBMITTED", null);
        assertThat(texts(Locale.FRENCH).details(old)).isEqualTo("DRAFT -> SUBMITTED");
        assertThat(texts(Locale.FRENCH).what(old)).isEqualTo("Proposition soumise");
    }

    @Test
    void anEntryWithoutFactsHasNoDetails() {
        assertThat(texts(Locale.FRENCH).details(entry("space.archived", BEA, "", List.of())))
                .isEmpty();
    }

    @Test
    void whoAndWhen() {
        AuditTexts french = texts(Locale.FRENCH);
        assertThat(french.who(entry("space.archived", BEA, "", List.of()))).isEqualTo("Bea Board");
        assertThat(french.who(entry("ballot.closed", null, "", List.of()))).isEqualTo("Système");
        assertThat(texts(Locale.ENGLISH).who(entry("ballot.closed", null, "", List.of())))
                .isEqualTo("System");
        // 09:05:30 UTC is 10:05:30 in Brussels in December
        assertThat(french.when(entry("space.archived", BEA, "", List.of()))).isEqualTo("3 déc. 2026, 10:05:30");
    }

    @Test
    void thePeopleToLookUpAreTheActorsAndThePeopleInTheFacts() {
        List<AuditEntry> entries = List.of(
                entry(
                        "space.member-joined",
                        1L,
                        "",
                        List.of(AuditFact.person(2), AuditFact.label("spaces.role.OBSERVER"))),
                entry("ballot.reminder-due", null, "", List.of(AuditFact.number(3))),
                entry("proposal.submit", 4L, "DRAFT -> SUBMITTED", null));
        assertThat(AuditTexts.people(entries)).containsExactly(1L, 2L, 4L);
    }

    @Test
    void textTypedByPeopleIsCutAndTheSummaryIsInPlainWords() {
        assertThat(AuditFact.text("x".repeat(1000)).value())
                .hasSize(AuditFact.TEXT_MAX)
                .endsWith("…");
        assertThat(AuditFact.summary(
                        List.of(AuditFact.person(5), AuditFact.label("spaces.role.BOARD_MEMBER"), AuditFact.number(2))))
                .isEqualTo("#5, BOARD_MEMBER, 2");
    }
}
