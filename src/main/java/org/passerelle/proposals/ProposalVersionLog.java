package org.passerelle.proposals;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import org.passerelle.proposals.domain.Proposal;
import org.passerelle.proposals.domain.ProposalRepository;
import org.passerelle.proposals.domain.ProposalVersionRecord;
import org.passerelle.proposals.domain.ProposalVersionRepository;
import org.springframework.stereotype.Component;

/**
 * The versions a save leaves behind. An <b>editing session</b> is a run of one person's autosaves, each less than
 * {@link #SESSION_GAP} after the previous one, with no explicit save, no other person's save and no submission in
 * between: its autosaves update one version (marked "autosaved" in the history) instead of adding one each, so the
 * board does not read twenty versions made in ninety seconds. An explicit save ends the session: it keeps the
 * session's version with the text saved (a new version when no session was open), so "autosave, save, autosave"
 * makes two versions. The submitted version is never changed.
 */
@Component
class ProposalVersionLog {

    /** The longest pause between two autosaves of one editing session. */
    static final Duration SESSION_GAP = Duration.ofMinutes(30);

    private final ProposalRepository proposals;
    private final ProposalVersionRepository versions;
    private final ProposalContentCodec codec;
    private final Clock clock;

    ProposalVersionLog(
            ProposalRepository proposals, ProposalVersionRepository versions, ProposalContentCodec codec, Clock clock) {
        this.proposals = proposals;
        this.versions = versions;
        this.codec = codec;
        this.clock = clock;
    }

    /** The person's editing session still open on this proposal: its latest version, when that one continues. */
    Optional<ProposalVersionRecord> openSession(Proposal proposal, long accountId) {
        return versions.findFirstByProposalIdOrderByNumberDesc(proposal.getId())
                .filter(ProposalVersionRecord::isAutosaved)
                .filter(v -> v.getAuthorId() == accountId)
                .filter(v -> !Integer.valueOf(v.getNumber()).equals(proposal.getSubmittedVersion()))
                .filter(v -> v.getSavedAt().plus(SESSION_GAP).isAfter(clock.instant()));
    }

    /** The session's version takes the new content; an explicit save ({@code auto} false) keeps it so. */
    void continueSession(Proposal proposal, ProposalVersionRecord session, ProposalContent content, boolean auto) {
        ProposalContent before = versions.findByProposalIdAndNumber(proposal.getId(), session.getNumber() - 1)
                .map(v -> codec.read(v.getContentJson()))
                .orElse(ProposalContent.empty());
        session.continueSession(changedList(content, before), codec.write(content), clock.instant());
        if (!auto) {
            session.keep();
        }
        versions.save(session);
    }

    /** A new version, which starts an editing session when {@code auto}. */
    void record(Proposal proposal, long authorId, ProposalContent content, ProposalContent before, boolean auto) {
        versions.save(new ProposalVersionRecord(
                proposal.getId(),
                proposal.nextVersionNumber(),
                authorId,
                clock.instant(),
                changedList(content, before),
                codec.write(content),
                auto));
        proposals.saveAndFlush(proposal);
    }

    private static String changedList(ProposalContent content, ProposalContent before) {
        return content.changedSince(before).stream().map(Enum::name).collect(Collectors.joining(","));
    }
}
