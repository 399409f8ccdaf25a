package org.passerelle.security;

import java.util.Locale;

/** A signed-in person chose a user-interface language; the accounts module remembers it. */
public record LanguageChosen(long accountId, Locale locale) {}
