package org.passerelle.documents;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes uploaded file names and folder names harmless: no path (only the last segment of what the browser sent),
 * no control or direction-changing characters, none of the characters file systems and headers choke on, not
 * only dots, and not longer than {@link #MAX_LENGTH} characters (the extension is kept).
 */
public final class FileNames {

    public static final int MAX_LENGTH = 200;
    static final String FALLBACK = "document";

    private FileNames() {}

    public static String clean(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = raw.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = withoutUnsafeCharacters(Normalizer.normalize(name, Normalizer.Form.NFC));
        name = name.strip();
        // trailing dots and spaces are dropped by some file systems, leading dots hide files
        name = name.replaceAll("[. ]+$", "").replaceAll("^[. ]+", "");
        if (name.isEmpty()) {
            return FALLBACK;
        }
        return shorten(name);
    }

    /** The extension in lower case without the dot, or "" when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1
                ? ""
                : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** A folder of a document library: segments cleaned like names, joined by "/"; "" for the top level. */
    public static String folder(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        StringBuilder folder = new StringBuilder();
        for (String segment : raw.replace('\\', '/').split("/")) {
            String clean = withoutUnsafeCharacters(segment).strip().replaceAll("^[. ]+|[. ]+$", "");
            if (!clean.isEmpty()) {
                folder.append(folder.isEmpty() ? "" : "/").append(clean);
            }
        }
        return folder.length() > MAX_LENGTH ? folder.substring(0, MAX_LENGTH) : folder.toString();
    }

    private static String withoutUnsafeCharacters(String name) {
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type == Character.CONTROL
                    || type == Character.FORMAT
                    || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE
                    || type == Character.SURROGATE) {
                return;
            }
            if ("<>:\"|?*;%".indexOf(c) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        return clean.toString().replaceAll(" {2,}", " ");
    }

    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        String extension = extension(name);
        String suffix = extension.isEmpty() || extension.length() > 10 ? "" : "." + extension;
        String base = suffix.isEmpty() ? name : name.substring(0, name.length() - suffix.length());
        int keep = MAX_LENGTH - suffix.length();
        return base.substring(0, base.offsetByCodePoints(0, keep)).strip() + suffix;
    }
}
