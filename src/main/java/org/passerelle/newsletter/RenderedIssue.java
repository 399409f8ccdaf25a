package org.passerelle.newsletter;

/** An issue in one language as the mail carries it: subject, HTML and plain text. */
public record RenderedIssue(String language, String subject, String html, String text) {}
