package org.passerelle.spaces;

import java.util.regex.Pattern;
import org.passerelle.base.InvalidInputException;

/** Field rules of a space, checked on the server. Limits match the schema and are shown in the form. */
final class SpaceRules {

    static final int TITLE_MAX = 150;
    static final int DESCRIPTION_MAX = 4000;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    private SpaceRules() {}

    static SpaceForm clean(SpaceForm form) {
        String titleEn = text("titleEn", form.titleEn(), TITLE_MAX);
        String titleFr = text("titleFr", form.titleFr(), TITLE_MAX);
        if (titleEn == null && titleFr == null) {
            throw new InvalidInputException("titleEn", "spaces.error.title-required");
        }
        if (form.stage() == null) {
            throw new InvalidInputException("stage", "spaces.error.stage-required");
        }
        if (form.accessMode() == null) {
            throw new InvalidInputException("accessMode", "spaces.error.access-required");
        }
        return new SpaceForm(
                titleEn,
                titleFr,
                text("descriptionEn", form.descriptionEn(), DESCRIPTION_MAX),
                text("descriptionFr", form.descriptionFr(), DESCRIPTION_MAX),
                form.stage(),
                form.accessMode());
    }

    /** Trimmed text or {@code null} when empty; refused when too long or holding control characters. */
    private static String text(String field, String raw, int max) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "spaces.error.too-long", max);
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidInputException(field, "spaces.error.control-characters");
        }
        return value;
    }
}
