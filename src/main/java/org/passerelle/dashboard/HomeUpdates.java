package org.passerelle.dashboard;

import org.passerelle.base.LiveRelay;
import org.passerelle.base.LiveRelays;
import org.passerelle.calls.CallEvents;
import org.passerelle.discussions.DiscussionEvents;
import org.passerelle.documents.DocumentEvents;
import org.passerelle.proposals.ProposalEvents;
import org.passerelle.proposals.ReviewEvents;
import org.passerelle.sessions.SessionEvents;
import org.passerelle.voting.BallotEvents;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells open home pages that something of a kind changed, once the change has committed: each page re-reads the
 * blocks of that kind as its own person (so access is asked again, never carried by the event). The event
 * names nobody and nothing, so nothing private travels through it.
 */
@Component
public class HomeUpdates {

    private final LiveRelay<HomeTopic, HomeTopic> relay;

    HomeUpdates(LiveRelays relays) {
        this.relay = relays.channel("home");
    }

    public LiveRelay<HomeTopic, HomeTopic> relay() {
        return relay;
    }

    void publish(HomeTopic topic) {
        relay.publish(topic, topic);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ProposalEvents.ProposalTransitioned event) {
        publish(HomeTopic.PROPOSALS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewEvents.ReviewQuestionAsked event) {
        publish(HomeTopic.PROPOSALS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ReviewEvents.ReviewQuestionAnswered event) {
        publish(HomeTopic.PROPOSALS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.BallotOpened event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.VoteCast event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.VoteWithdrawn event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.ConflictDeclared event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.BallotClosed event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BallotEvents.BallotExtended event) {
        publish(HomeTopic.BALLOTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.AboutSession event) {
        publish(HomeTopic.SESSIONS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.AboutActionItem event) {
        publish(HomeTopic.SESSIONS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.SessionRegistered event) {
        publish(HomeTopic.SESSIONS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(SessionEvents.SessionUnregistered event) {
        publish(HomeTopic.SESSIONS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DiscussionEvents.ModerationEvent event) {
        publish(HomeTopic.MODERATION);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentEvents.DocumentStateChanged event) {
        publish(HomeTopic.DOCUMENTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DocumentEvents.DocumentDeleted event) {
        publish(HomeTopic.DOCUMENTS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallEvents.CallStateChanged event) {
        publish(HomeTopic.CALLS);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CallEvents.CallUpdated event) {
        publish(HomeTopic.CALLS);
    }
}
