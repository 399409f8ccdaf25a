package org.passerelle.extraction.worker;

/** Small questions about extracted text. */
final class Texts {

    private Texts() {}

    /** How many letters and digits the text holds, counting no further than {@code enough}. */
    static int lettersAndDigits(String text, int enough) {
        return (int) text.codePoints()
                .filter(Character::isLetterOrDigit)
                .limit(enough)
                .count();
    }

    static boolean hasText(String text) {
        return lettersAndDigits(text, 1) > 0;
    }
}
