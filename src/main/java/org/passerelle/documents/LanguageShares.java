package org.passerelle.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.passerelle.base.Languages;
import org.passerelle.extraction.LanguageShare;

/**
 * A document's languages by share as one short column, largest first: {@code fr:92,en:8}. Only ISO 639 codes the
 * application knows are written or read back, so a code shown or put in a {@code lang} attribute is always safe.
 */
final class LanguageShares {

    static final int MAX_LENGTH = 200;
    private static final Pattern CODE = Pattern.compile("[a-z]{2,3}");

    private LanguageShares() {}

    /** The shares as stored; null when there is none. */
    static String encode(List<LanguageShare> shares) {
        StringBuilder value = new StringBuilder();
        for (LanguageShare share : shares) {
            String code = safe(share.language());
            if (code == null || share.percent() < 0 || share.percent() > 100) {
                continue;
            }
            String item = (value.isEmpty() ? "" : ",") + code + ":" + share.percent();
            if (value.length() + item.length() > MAX_LENGTH) {
                break; // the smallest shares go first: they are last
            }
            value.append(item);
        }
        return value.isEmpty() ? null : value.toString();
    }

    /** The shares read back, malformed items left out; empty for null. */
    static List<LanguageShare> decode(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<LanguageShare> shares = new ArrayList<>();
        for (String item : value.split(",")) {
            int colon = item.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String code = safe(item.substring(0, colon));
            String percent = item.substring(colon + 1);
            if (code != null && percent.matches("\\d{1,3}") && Integer.parseInt(percent) <= 100) {
                shares.add(new LanguageShare(code, Integer.parseInt(percent)));
            }
        }
        return List.copyOf(shares);
    }

    /** The code when it is a language the application knows (ISO 639), else null ("unknown" included). */
    static String safe(String code) {
        return code != null && CODE.matcher(code).matches() && Languages.isValid(code) ? code : null;
    }
}
