/**
 * The newsletter: staff compose an issue in English and French from blocks picked in the app (open calls,
 * accepted and completed projects with their outcomes, sessions with their minutes' summary, free text), preview
 * it in both languages, and send it through the notifications' mail queue to a segment of contacts and to the
 * members who turned the newsletter on, each in their language with an unsubscribe link that works without signing
 * in. Sent issues form a public archive ({@code /newsletters}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Newsletter")
package org.passerelle.newsletter;
