package org.passerelle.voting;

import java.time.Instant;
import java.util.List;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.domain.Ballot;

/** The checks of settings and votes, before anything is stored. */
final class BallotRules {

    /**
     * Those a ballot is for: staff, its electors and the board members of its space. Others who read its
     * proposal (its association) see it only once closed, and never names.
     */
    static boolean audience(boolean staff, boolean elector, String roleInSpace) {
        return staff || elector || SpaceRole.BOARD_MEMBER.name().equals(roleInSpace);
    }

    static final int NOTE_MAX = 1000;
    static final int REASON_MAX = 2000;
    static final int STAFF_REASON_MAX = 1000;
    static final int MAX_SCORE = 5;

    private BallotRules() {}

    /** Settings with the opening time resolved ({@code null} or past: now). */
    static BallotSettings clean(BallotSettings s, Instant now) {
        if (s.kind() == null) {
            throw new InvalidInputException("kind", "voting.error.kind-required");
        }
        if (s.closesAt() == null) {
            throw new InvalidInputException("closesAt", "voting.error.closes-required");
        }
        Instant opens = s.opensAt() == null || s.opensAt().isBefore(now) ? now : s.opensAt();
        if (!s.closesAt().isAfter(opens)) {
            throw new InvalidInputException("closesAt", "voting.error.closes-before-opens");
        }
        if (s.quorumPercent() == null || s.quorumPercent() < 0 || s.quorumPercent() > 100) {
            throw new InvalidInputException("quorum", "voting.error.quorum-range");
        }
        if (s.secret() && s.resultsLive()) {
            throw new InvalidInputException("resultsLive", "voting.error.secret-live");
        }
        boolean decision = s.kind() == BallotKind.DECISION;
        // a reason for "no" and a threshold mean nothing to a scoring ballot: never stored as if they did
        return new BallotSettings(
                s.kind(),
                decision && s.reasonRequiredForNo(),
                s.electorate() == null ? List.of() : List.copyOf(s.electorate()),
                opens,
                s.closesAt(),
                s.quorumPercent(),
                !decision || s.threshold() == null ? Threshold.SIMPLE_MAJORITY : s.threshold(),
                s.secret(),
                s.resultsLive());
    }

    /** A vote fit for this ballot: a choice (reason kept for "no" only), or every score within 0–5. */
    static VoteForm clean(BallotKind kind, boolean reasonRequiredForNo, int criteria, VoteForm form) {
        if (form == null) {
            throw new InvalidInputException("choice", "voting.error.choice-required");
        }
        if (kind == BallotKind.SCORING) {
            List<Integer> scores = form.scores() == null ? List.of() : form.scores();
            if (scores.size() != criteria || scores.stream().anyMatch(java.util.Objects::isNull)) {
                throw new InvalidInputException("scores", "voting.error.scores-missing", criteria);
            }
            if (scores.stream().anyMatch(score -> score < 0 || score > MAX_SCORE)) {
                throw new InvalidInputException("scores", "voting.error.score-range", MAX_SCORE);
            }
            return VoteForm.scores(List.copyOf(scores));
        }
        if (form.choice() == null) {
            throw new InvalidInputException("choice", "voting.error.choice-required");
        }
        String reason = text(form.reason());
        if (reason != null && reason.length() > REASON_MAX) {
            throw new InvalidInputException("reason", "voting.error.too-long", REASON_MAX);
        }
        if (form.choice() == Choice.NO && reasonRequiredForNo && reason == null) {
            throw new InvalidInputException("reason", "voting.error.reason-required");
        }
        return VoteForm.decision(form.choice(), form.choice() == Choice.NO ? reason : null);
    }

    /** A staff reason (closing early, extending, deciding): required, bounded. */
    static String staffReason(String raw, int max) {
        String reason = text(raw);
        if (reason == null) {
            throw new InvalidInputException("reason", "voting.error.reason-required");
        }
        if (reason.length() > max) {
            throw new InvalidInputException("reason", "voting.error.too-long", max);
        }
        return reason;
    }

    /** Votes are refused before the opening time as well as once closed. */
    static void requireOpen(Ballot ballot, Instant now) {
        requireNotClosed(ballot, now);
        if (now.isBefore(ballot.getOpensAt())) {
            throw new UserFacingException("voting.error.not-open-yet");
        }
    }

    /** Closed counts from the closing time on, even before the sweep has closed the ballot. */
    static void requireNotClosed(Ballot ballot, Instant now) {
        if (ballot.isClosed() || !now.isBefore(ballot.getClosesAt())) {
            throw new UserFacingException("voting.error.closed");
        }
    }

    static String note(String raw) {
        String note = text(raw);
        if (note != null && note.length() > NOTE_MAX) {
            throw new InvalidInputException("note", "voting.error.too-long", NOTE_MAX);
        }
        return note;
    }

    private static String text(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return raw.strip();
    }
}
