package org.passerelle.newsletter;

/**
 * What a send did: mails queued now, recipients who already had it (a resumed or repeated send), and everyone the
 * issue has gone to in all.
 */
public record SendReport(int queued, int alreadySent, int total) {}
