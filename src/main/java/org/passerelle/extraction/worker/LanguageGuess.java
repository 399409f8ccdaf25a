package org.passerelle.extraction.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.tika.langdetect.opennlp.OpenNLPDetector;
import org.apache.tika.language.detect.LanguageConfidence;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a text with Tika's OpenNLP detector, as an ISO 639-1 code, or "unknown" when the text is too
 * short or the detector is not confident: a wrong language is worse than none (it picks the search analyzer).
 */
final class LanguageGuess {

    static final String UNKNOWN = "unknown";

    /** Below this many letters the detector's guesses are unreliable (measured in LanguageGuessTest). */
    static final int MIN_LETTERS = 40;

    private static final int SAMPLE = 20_000;

    private final OpenNLPDetector detector;

    LanguageGuess() {
        try {
            this.detector = (OpenNLPDetector) new OpenNLPDetector().loadModels();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
            return UNKNOWN;
        }
        detector.reset();
        detector.addText(sample);
        List<LanguageResult> results = detector.detectAll();
        if (results.isEmpty()) {
            return UNKNOWN;
        }
        LanguageResult best = results.getFirst();
        if (best.isUnknown()
                || best.getConfidence() == LanguageConfidence.NONE
                || best.getConfidence() == LanguageConfidence.LOW) {
            return UNKNOWN;
        }
        return IsoCodes.toIso6391(best.getLanguage());
    }
}
