package org.passerelle.extraction;

/** One language of a document and its share of the text whose language is known, in whole percent. */
public record LanguageShare(String language, int percent) {}
