package org.passerelle.newsletter;

/**
 * Whom an issue goes to: the consenting contacts of a segment (or none) and/or the members who turned the newsletter
 * on in their notification settings.
 */
public record Audience(Long segmentId, boolean members) {}
