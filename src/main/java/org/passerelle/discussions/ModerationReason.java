package org.passerelle.discussions;

import org.passerelle.base.InvalidInputException;

/**
 * The reason a person gives for a report, a hiding or a suspension: one rule, so that reporting
 * ({@link ReportService}) and acting ({@link ModerationService}) refuse the same reasons.
 */
final class ModerationReason {

    static final int MAX = 500;

    private ModerationReason() {}

    static String clean(String reason) {
        String clean = reason == null ? "" : reason.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("reason", "discussions.error.reason-required");
        }
        if (clean.length() > MAX) {
            throw new InvalidInputException("reason", "discussions.error.reason-too-long", MAX, clean.length());
        }
        return clean;
    }
}
