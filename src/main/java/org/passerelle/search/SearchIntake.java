package org.passerelle.search;

import java.util.List;
import org.passerelle.base.AuditableEvent;
import org.passerelle.base.SearchKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.calls.CallEvents;
import org.passerelle.discussions.DiscussionEvents;
import org.passerelle.documents.DocumentEvents;
import org.passerelle.documents.ExtractionState;
import org.passerelle.people.ProfileSaved;
import org.passerelle.proposals.ProposalEdited;
import org.passerelle.proposals.ProposalEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Hears of every change the search index must follow, from the modules' events, and queues it in the same
 * transaction as the change ({@link SearchQueue}); the indexer is woken once that transaction has committed. A
 * thing whose access follows its owner's (a proposal's or a call's documents, a proposal's thread) is queued with it
 * when the owner's access changes.
 */
@Component
class SearchIntake {

    private final SearchQueue queue;
    private final SearchIndexer indexer;

    SearchIntake(SearchQueue queue, SearchIndexer indexer) {
        this.queue = queue;
        this.indexer = indexer;
    }

    @EventListener
    void audited(AuditableEvent event) {
        if (event.objectId() == null) {
            return;
        }
        switch (event.objectType()) {
            case "proposal" -> {
                // who may read its documents and thread follows its state and authors
                if (event instanceof ProposalEvents.ProposalTransitioned
                        || event instanceof ProposalEvents.CoAuthorAdded) {
                    withDependents(SubjectRef.proposal(event.objectId()), SearchKind.PROPOSAL);
                } else {
                    queue(SearchKind.PROPOSAL, event.objectId());
                }
            }
            case "call" -> {
                // who may read its documents follows its state (a draft's only by who manages the space)
                if (event instanceof CallEvents.CallStateChanged) {
                    withDependents(SubjectRef.call(event.objectId()), SearchKind.CALL);
                } else {
                    queue(SearchKind.CALL, event.objectId());
                }
            }
            case "space" -> queue(SearchKind.SPACE, event.objectId());
            case "association" -> queue(SearchKind.ASSOCIATION, event.objectId());
            case "session" -> withDependents(SubjectRef.session(event.objectId()), SearchKind.SESSION);
            case "session-action" -> queue(SearchKind.ACTION_ITEM, event.objectId());
            case "discussion-message" -> queue(SearchKind.MESSAGE, event.objectId());
            case "document" -> {
                queue(SearchKind.DOCUMENT, event.objectId());
                if (event instanceof DocumentEvents.DocumentUploaded uploaded) {
                    // a new version: the former current one leaves the index
                    queue.add(SearchKind.DOCUMENT, source(SearchKind.DOCUMENT).idsAbout(uploaded.owner()));
                }
            }
            // a profile is found while its account is enabled, under the account's name
            case "account" -> queue(SearchKind.PROFILE, event.objectId());
            default -> {
                // ballots: nothing of theirs is searched
            }
        }
    }

    @EventListener
    void proposalEdited(ProposalEdited event) {
        queue(SearchKind.PROPOSAL, event.proposalId());
    }

    @EventListener
    void proposalSubmitted(ProposalEvents.ProposalSubmitted event) {
        withDependents(SubjectRef.proposal(event.proposalId()), SearchKind.PROPOSAL);
    }

    @EventListener
    void heldForReview(DiscussionEvents.MessageHeldForReview event) {
        queue(SearchKind.MESSAGE, event.messageId());
    }

    @EventListener
    void proposalDecided(ProposalEvents.ProposalDecided event) {
        queue(SearchKind.PROPOSAL, event.proposalId());
    }

    @EventListener
    void messagePosted(DiscussionEvents.MessagePosted event) {
        queue(SearchKind.MESSAGE, event.messageId());
    }

    @EventListener
    void messageEdited(DiscussionEvents.MessageEdited event) {
        queue(SearchKind.MESSAGE, event.messageId());
    }

    @EventListener
    void messageRemoved(DiscussionEvents.MessageRemoved event) {
        queue(SearchKind.MESSAGE, event.messageId());
    }

    @EventListener
    void textExtracted(DocumentEvents.DocumentTextExtracted event) {
        queue(SearchKind.DOCUMENT, event.documentId());
    }

    /**
     * A document that ended without text (none in the file, or unreadable) is still found by its name and metadata;
     * read again, its former pages leave the index.
     */
    @EventListener
    void readWithoutText(DocumentEvents.DocumentStateChanged event) {
        if (event.state() == ExtractionState.EMPTY || event.state() == ExtractionState.FAILED) {
            queue(SearchKind.DOCUMENT, event.documentId());
        }
    }

    @EventListener
    void profileSaved(ProfileSaved event) {
        queue(SearchKind.PROFILE, event.accountId());
    }

    /** Queues the subject, and the things of other kinds whose access follows it (documents, messages…). */
    private void withDependents(SubjectRef subject, SearchKind kind) {
        queue(kind, subject.id());
        indexer.sources().values().forEach(source -> queue.add(source.kind(), source.idsAbout(subject)));
    }

    private org.passerelle.base.SearchSource source(SearchKind kind) {
        return indexer.sources().get(kind);
    }

    private void queue(SearchKind kind, Long id) {
        if (id == null) {
            return;
        }
        queue.add(kind, List.of(id));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    indexer.wake();
                }
            });
        } else {
            indexer.wake();
        }
    }
}
