package org.passerelle.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.passerelle.associations.AssociationEvents.AssociationMemberInvited;
import org.passerelle.base.SubjectRef;
import org.passerelle.discussions.DiscussionEvents.MemberMentioned;
import org.passerelle.discussions.DiscussionEvents.MessageReported;
import org.passerelle.discussions.DiscussionEvents.ReplyPosted;
import org.passerelle.documents.DocumentEvents.DocumentUnreadable;
import org.passerelle.notifications.domain.OutboxEntry;
import org.passerelle.notifications.domain.OutboxRepository;
import org.passerelle.proposals.ProposalEvents.CoAuthorAdded;
import org.passerelle.proposals.ProposalEvents.ProposalSubmitted;
import org.passerelle.proposals.ProposalEvents.ProposalTransitioned;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.ReviewEvents.ReviewQuestionAnswered;
import org.passerelle.proposals.ReviewEvents.ReviewQuestionAsked;
import org.passerelle.proposals.ReviewService;
import org.passerelle.sessions.RegistrationStatus;
import org.passerelle.sessions.SessionEvents.ActionItemAssigned;
import org.passerelle.sessions.SessionEvents.ActionItemDueSoon;
import org.passerelle.sessions.SessionEvents.RegistrationPromoted;
import org.passerelle.sessions.SessionEvents.SessionAuthorsInvited;
import org.passerelle.sessions.SessionEvents.SessionCancelled;
import org.passerelle.sessions.SessionEvents.SessionRegistered;
import org.passerelle.sessions.SessionEvents.SessionScheduled;
import org.passerelle.sessions.SessionEvents.SessionUpdated;
import org.passerelle.sessions.SessionReminderDue;
import org.passerelle.spaces.SpaceEvents.MemberInvited;
import org.passerelle.voting.BallotEvents.BallotClosed;
import org.passerelle.voting.BallotEvents.BallotOpened;
import org.passerelle.voting.BallotEvents.BallotReminderDue;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes each event worth telling people about to the outbox, in the transaction that raised it: if that
 * transaction rolls back nothing is told, and once it commits the event is kept until it has been fanned out,
 * even if the application stops right after the commit. Cheap on purpose (one insert): who is told is worked
 * out after the commit by {@link NotificationDispatcher}, which this wakes.
 */
@Component
class EventIntake {

    private final OutboxRepository outbox;
    private final ReviewService reviews;
    private final NotificationDispatcher dispatcher;
    private final Clock clock;

    EventIntake(OutboxRepository outbox, ReviewService reviews, NotificationDispatcher dispatcher, Clock clock) {
        this.outbox = outbox;
        this.reviews = reviews;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @EventListener
    void on(BallotOpened e) {
        record(
                Topic.BALLOT_OPENED,
                e.actorId(),
                SubjectRef.ballot(e.ballotId()),
                e.spaceId(),
                null,
                onProposal(e.proposalId()));
    }

    @EventListener
    void on(BallotReminderDue e) {
        record(
                Topic.BALLOT_CLOSING,
                null,
                SubjectRef.ballot(e.ballotId()),
                e.spaceId(),
                e.accountIds(),
                onProposal(e.proposalId()));
    }

    @EventListener
    void on(BallotClosed e) {
        record(
                Topic.BALLOT_CLOSED,
                e.actorId(),
                SubjectRef.ballot(e.ballotId()),
                e.spaceId(),
                null,
                onProposal(e.proposalId()));
    }

    /** A ballot's notification leads to its proposal's page, where one declares, votes and reads the result. */
    private static String onProposal(long proposalId) {
        return String.valueOf(proposalId);
    }

    @EventListener
    void on(ReviewQuestionAsked e) {
        record(Topic.REVIEW_QUESTION_ASKED, e.actorId(), SubjectRef.proposal(e.proposalId()), e.spaceId(), null, null);
    }

    @EventListener
    void on(ReviewQuestionAnswered e) {
        List<Long> asker = reviews.askerOf(e.questionId()).stream().toList();
        record(
                Topic.REVIEW_QUESTION_ANSWERED,
                e.actorId(),
                SubjectRef.proposal(e.proposalId()),
                e.spaceId(),
                asker,
                null);
    }

    /** A decision after the vote, a revision asked for, or any other move (the new state is shown). */
    @EventListener
    void on(ProposalTransitioned e) {
        Topic topic;
        if (e.from() == ProposalState.VOTING && e.to() != ProposalState.WITHDRAWN) {
            topic = Topic.PROPOSAL_DECIDED;
        } else if (e.actionTaken() == org.passerelle.proposals.ProposalAction.REQUEST_REVISION) { // not a restore
            topic = Topic.REVISION_REQUESTED;
        } else {
            topic = Topic.PROPOSAL_MOVED;
        }
        record(topic, e.actorId(), SubjectRef.proposal(e.proposalId()), e.spaceId(), null, e.to().name());
    }

    @EventListener
    void on(CoAuthorAdded e) {
        record(
                Topic.COAUTHOR_ADDED,
                e.actorId(),
                SubjectRef.proposal(e.proposalId()),
                e.spaceId(),
                List.of(e.coAuthorId()),
                null);
    }

    @EventListener
    void on(ProposalSubmitted e) {
        record(Topic.PROPOSAL_SUBMITTED, null, SubjectRef.proposal(e.proposalId()), e.spaceId(), null, null);
    }

    @EventListener
    void on(MemberMentioned e) {
        record(Topic.MENTIONED, e.authorId(), e.subject(), e.spaceId(), List.of(e.mentionedId()), null);
    }

    @EventListener
    void on(ReplyPosted e) {
        record(Topic.REPLIED, e.authorId(), e.subject(), e.spaceId(), List.of(e.repliedToAuthorId()), null);
    }

    @EventListener
    void on(MessageReported e) {
        record(Topic.MESSAGE_REPORTED, e.actorId(), SubjectRef.thread(e.threadId()), e.spaceId(), null, null);
    }

    @EventListener
    void on(MemberInvited e) {
        record(
                Topic.SPACE_INVITATION,
                e.actorId(),
                SubjectRef.space(e.space()),
                e.space(),
                List.of(e.inviteeId()),
                null);
    }

    @EventListener
    void on(AssociationMemberInvited e) {
        record(
                Topic.ASSOCIATION_INVITATION,
                e.actorId(),
                SubjectRef.association(e.association()),
                null,
                List.of(e.inviteeId()),
                null);
    }

    @EventListener
    void on(SessionScheduled e) {
        record(Topic.SESSION_SCHEDULED, e.actorId(), SubjectRef.session(e.sessionId()), e.spaceId(), null, null);
    }

    /** The authors of a proposal put on a session's agenda are invited to it (they may not be space members). */
    @EventListener
    void on(SessionAuthorsInvited e) {
        record(
                Topic.SESSION_AUTHORS_INVITED,
                null,
                SubjectRef.session(e.sessionId()),
                e.spaceId(),
                e.authorIds(),
                null);
    }

    @EventListener
    void on(SessionUpdated e) {
        record(Topic.SESSION_CHANGED, e.actorId(), SubjectRef.session(e.sessionId()), e.spaceId(), null, null);
    }

    @EventListener
    void on(SessionCancelled e) {
        record(Topic.SESSION_CANCELLED, e.actorId(), SubjectRef.session(e.sessionId()), e.spaceId(), null, null);
    }

    /** The person registered themself: the confirmation (or the waiting list) is theirs, so no actor is left out. */
    @EventListener
    void on(SessionRegistered e) {
        Topic topic = e.status() == RegistrationStatus.REGISTERED
                ? Topic.REGISTRATION_CONFIRMED
                : Topic.REGISTRATION_WAITLISTED;
        record(topic, null, SubjectRef.session(e.sessionId()), e.spaceId(), List.of(e.accountId()), null);
    }

    @EventListener
    void on(RegistrationPromoted e) {
        record(
                Topic.REGISTRATION_PROMOTED,
                null,
                SubjectRef.session(e.sessionId()),
                e.spaceId(),
                List.of(e.accountId()),
                null);
    }

    @EventListener
    void on(SessionReminderDue e) {
        record(
                Topic.SESSION_REMINDER,
                null,
                SubjectRef.session(e.sessionId()),
                e.spaceId(),
                List.of(e.accountId()),
                null);
    }

    @EventListener
    void on(ActionItemAssigned e) {
        record(
                Topic.ACTION_ASSIGNED,
                e.actorId(),
                SubjectRef.session(e.sessionId()),
                e.spaceId(),
                List.of(e.ownerId()),
                null);
    }

    @EventListener
    void on(ActionItemDueSoon e) {
        record(
                Topic.ACTION_DUE,
                null,
                SubjectRef.session(e.sessionId()),
                e.spaceId(),
                List.of(e.ownerId()),
                e.dueOn().toString());
    }

    @EventListener
    void on(DocumentUnreadable e) {
        record(
                Topic.DOCUMENT_UNREADABLE,
                null,
                SubjectRef.document(e.documentId()),
                e.spaceId(),
                List.of(e.uploadedBy()),
                e.reasonKey());
    }

    /** Joins the transaction that raised the event (the save opens its own when there is none). */
    private void record(
            Topic topic, Long actorId, SubjectRef subject, Long spaceId, Collection<Long> recipients, String detail) {
        String named = recipients == null
                ? null
                : recipients.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        if (named != null && named.length() > 4000) {
            // more people than the column holds (a reminder to a very large board): their audience is re-derived
            named = null;
        }
        outbox.save(new OutboxEntry(topic, actorId, subject, spaceId, named, detail, clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    dispatcher.wake();
                }
            });
        } else {
            dispatcher.wake();
        }
    }
}
