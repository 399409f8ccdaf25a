package org.passerelle.extraction.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.passerelle.extraction.TestDocuments;

/** The languages the issue names, on paragraphs of 180 to 300 characters, and no guess on a short line. */
class LanguageGuessTest {

    private static final LanguageGuess GUESS = new LanguageGuess();

    private static final Map<String, String> PARAGRAPHS = Map.of(
            "fr", TestDocuments.FRENCH,
            "en", TestDocuments.ENGLISH,
            "nl",
                    "De verenigingen van de diaspora presenteren hun projecten aan de adviesraad. Elk voorstel beschrijft "
                            + "het probleem, de doelstellingen, de geplande activiteiten en het budget. De raad bestudeert de "
                            + "dossiers zorgvuldig en stelt vragen aan de auteurs voordat er wordt gestemd.",
            "de",
                    "Die Vereine der Diaspora stellen ihre Projekte dem Beirat vor. Jeder Vorschlag beschreibt das Problem, "
                            + "die Ziele, die geplanten Aktivitäten und das Budget. Der Beirat prüft die Unterlagen sorgfältig "
                            + "und stellt den Autoren Fragen, bevor abgestimmt wird.",
            "pt",
                    "As associações da diáspora apresentam os seus projetos ao conselho consultivo. Cada proposta descreve "
                            + "o problema, os objetivos, as atividades previstas e o orçamento. O conselho examina os processos "
                            + "com atenção e faz perguntas aos autores antes de votar.",
            "es",
                    "Las asociaciones de la diáspora presentan sus proyectos al consejo asesor. Cada propuesta describe el "
                            + "problema, los objetivos, las actividades previstas y el presupuesto. El consejo examina los "
                            + "expedientes con atención y hace preguntas a los autores antes de votar.",
            "ar",
                    "تقدم جمعيات المغتربين مشاريعها إلى المجلس الاستشاري. ويصف كل مقترح المشكلة والأهداف والأنشطة "
                            + "المخططة والميزانية. ويدرس المجلس الملفات بعناية ويطرح أسئلة على المؤلفين قبل التصويت.",
            "rw",
                    "Amashyirahamwe y'Abanyarwanda baba mu mahanga agaragariza inama ngishwanama imishinga yabo. Buri "
                            + "cyifuzo gisobanura ikibazo, intego, ibikorwa biteganijwe n'ingengo y'imari. Inama isuzuma neza "
                            + "amadosiye kandi ikabaza abanditsi ibibazo mbere yo gutora.");

    @Test
    void detectsTheLanguagesOfTheIssueIncludingKinyarwanda() {
        PARAGRAPHS.forEach(
                (code, text) -> assertThat(GUESS.detect(text)).as(code).isEqualTo(code));
    }

    @Test
    void aShortLineIsUnknownRatherThanGuessed() {
        assertThat(GUESS.detect("Réunion du conseil le 12 mars à Kigali.")).isEqualTo("unknown");
        assertThat(GUESS.detect("The board reviews every proposal before it votes."))
                .isEqualTo("unknown");
        assertThat(GUESS.detect("Budget 2025")).isEqualTo("unknown");
        assertThat(GUESS.detect("12 000 000 ; 3,5 % ; 2025-03-12")).isEqualTo("unknown");
        assertThat(GUESS.detect("")).isEqualTo("unknown");
    }

    @Test
    void threeLetterCodesBecomeTwoLetterCodes() {
        assertThat(IsoCodes.toIso6391("fra")).isEqualTo("fr");
        assertThat(IsoCodes.toIso6391("kin")).isEqualTo("rw");
        assertThat(IsoCodes.toIso6391("cmn")).isEqualTo("zh");
        assertThat(IsoCodes.toIso6391("zho-simp")).isEqualTo("unknown");
    }
}
