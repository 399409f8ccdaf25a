package org.passerelle.sessions;

import java.time.Instant;

/**
 * A registrant's session starts soon: raised once per registrant (with a seat) by the reminder job, for the
 * notifications module to tell them.
 */
public record SessionReminderDue(long sessionId, long spaceId, long accountId, String title, Instant startsAt) {}
