package org.passerelle.calls;

import java.util.Locale;
import org.passerelle.base.Bilingual;

/** An evaluation criterion of a call; its weight is its share of the score in %, a call's weights make 100. */
public record Criterion(String nameEn, String nameFr, int weight) {

    public Bilingual name(Locale reader) {
        return Bilingual.pick(nameEn, nameFr, reader);
    }
}
