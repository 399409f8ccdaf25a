package org.passerelle.contacts;

import java.util.List;

/**
 * One row of an import's preview.
 *
 * @param line the line of the file the row starts on (the header is line 1)
 * @param reasonKey why the row is left out (a message key, with {@code reasonArguments}); {@code null} unless
 *     {@link ImportStatus#ERROR}
 */
public record ImportRow(
        int line, String name, String email, ImportStatus status, String reasonKey, List<String> reasonArguments) {

    public Object[] arguments() {
        return reasonArguments == null ? new Object[0] : reasonArguments.toArray();
    }
}
