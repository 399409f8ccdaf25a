package org.passerelle.discussions;

import java.time.Instant;

/** One text a message had, from {@code since} (inert Markdown); the last one is the current text. */
public record MessageVersion(String text, Instant since) {}
