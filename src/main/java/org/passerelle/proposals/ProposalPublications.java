package org.passerelle.proposals;

import java.time.Clock;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.UserFacingException;
import org.passerelle.proposals.PublicationEvents.ProposalPublished;
import org.passerelle.proposals.PublicationEvents.ProposalUnpublished;
import org.passerelle.proposals.domain.ProposalPublication;
import org.passerelle.proposals.domain.ProposalPublicationRepository;
import org.passerelle.security.CurrentUser;
import org.passerelle.security.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent to publish: once a proposal is accepted (or later, see {@link ProposalLifecycle#publishable}), its
 * co-authors — they speak for the association — may agree to show it on the public outcomes page with a short
 * summary in English and/or French, and withdraw that agreement at any time (it leaves the page at once). Staff
 * and the board see the state on the proposal's page but may not agree or withdraw for the association. Each
 * agreement and withdrawal is audited ({@link PublicationEvents}); who agreed last and when is stored.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ProposalPublications {

    /** The longest public summary, per language (characters). */
    public static final int SUMMARY_MAX = 1000;

    private final ProposalService proposals;
    private final ProposalPublicationRepository publications;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalPublications(
            ProposalService proposals,
            ProposalPublicationRepository publications,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.publications = publications;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Whether and how the proposal is published, for whoever may read it (else {@link ProposalNotFoundException}). */
    @Transactional(readOnly = true)
    public Publication of(long proposalId) {
        ProposalView proposal = proposals.get(proposalId);
        boolean author = proposal.authorIds().contains(currentUser.require().accountId());
        boolean publishable = ProposalLifecycle.publishable(proposal.state());
        return publications
                .findById(proposalId)
                .map(p -> new Publication(
                        p.isPublished() && publishable,
                        p.getSummaryEn(),
                        p.getSummaryFr(),
                        p.getAgreedBy(),
                        p.getAgreedAt(),
                        p.getWithdrawnBy(),
                        p.getWithdrawnAt(),
                        publishable,
                        author && publishable))
                .orElseGet(() ->
                        new Publication(false, null, null, null, null, null, null, publishable, author && publishable));
    }

    /**
     * A co-author agrees to publish the accepted proposal with these summaries (at least one; each at most {@link
     * #SUMMARY_MAX} characters), or changes the summaries of a published one; either is then recorded as theirs.
     */
    public Publication agree(long proposalId, String summaryEn, String summaryFr) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = requireAuthor(proposalId, me);
        if (!ProposalLifecycle.publishable(proposal.state())) {
            throw new UserFacingException("proposals.publication.error.not-accepted");
        }
        String english = summary("summaryEn", summaryEn);
        String french = summary("summaryFr", summaryFr);
        if (english == null && french == null) {
            throw new InvalidInputException("summaryEn", "proposals.publication.error.summary-required");
        }
        ProposalPublication publication =
                publications.findById(proposalId).orElseGet(() -> new ProposalPublication(proposalId));
        publication.agree(me.accountId(), english, french, clock.instant());
        publications.save(publication);
        events.publishEvent(
                new ProposalPublished(me.accountId(), proposalId, proposal.spaceId(), english != null, french != null));
        return of(proposalId);
    }

    /** A co-author withdraws the agreement: the proposal leaves the public page at once. Nothing to withdraw: no-op. */
    public Publication withdraw(long proposalId) {
        SignedInPerson me = currentUser.require();
        ProposalView proposal = requireAuthor(proposalId, me);
        publications
                .findById(proposalId)
                .filter(ProposalPublication::isPublished)
                .ifPresent(publication -> {
                    publication.withdraw(me.accountId(), clock.instant());
                    events.publishEvent(new ProposalUnpublished(me.accountId(), proposalId, proposal.spaceId()));
                });
        return of(proposalId);
    }

    private ProposalView requireAuthor(long proposalId, SignedInPerson me) {
        ProposalView proposal = proposals.get(proposalId);
        if (!proposal.authorIds().contains(me.accountId())) {
            throw new UserFacingException("proposals.publication.error.not-author");
        }
        return proposal;
    }

    /** The summary as stored: stripped, {@code null} when empty; refused when too long. */
    private static String summary(String field, String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() > SUMMARY_MAX) {
            throw new InvalidInputException(field, "proposals.error.too-long", SUMMARY_MAX);
        }
        return value.isEmpty() ? null : value;
    }
}
