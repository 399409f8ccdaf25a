package org.passerelle.base;

import java.util.List;

/**
 * Finds things of one kind by their words, with the search's analysis (case, accents, English and French word
 * forms), among those the signed-in person may find: for a module's own list that wants a text filter better
 * than a substring match (e.g. the directory). Implemented by the search module.
 */
public interface TextFinder {

    /** The ids of the things of this kind whose words match, best first, at most {@code max}; none for no words. */
    List<Long> find(SearchKind kind, String words, int max);
}
