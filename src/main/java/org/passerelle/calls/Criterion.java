package org.passerelle.calls;

import java.util.Locale;
import org.passerelle.base.Bilingual;

/** An evaluation criterion of a call; the weights of a call's criteria need not add up to 100. */
public record Criterion(String nameEn, String nameFr, int weight) {

    public Bilingual name(Locale reader) {
        return Bilingual.pick(nameEn, nameFr, reader);
    }
}
