package org.passerelle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.passerelle.accounts.AccountEvents;
import org.passerelle.associations.AssociationEvents;
import org.passerelle.base.AuditableEvent;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.Translations;
import org.passerelle.calls.CallEvents;
import org.passerelle.calls.CallState;
import org.passerelle.contacts.ContactEvents;
import org.passerelle.discussions.DiscussionEvents;
import org.passerelle.documents.DocumentEvents;
import org.passerelle.people.ExpertPoolJoined;
import org.passerelle.people.ExpertPoolLeft;
import org.passerelle.proposals.ProposalAction;
import org.passerelle.proposals.ProposalEvents;
import org.passerelle.proposals.ProposalState;
import org.passerelle.proposals.PublicationEvents;
import org.passerelle.proposals.ReviewEvents;
import org.passerelle.sessions.ActionStatus;
import org.passerelle.sessions.SessionEvents;
import org.passerelle.spaces.SpaceEvents;
import org.passerelle.spaces.SpaceRole;
import org.passerelle.voting.BallotEvents;
import org.passerelle.voting.BallotKind;
import org.passerelle.voting.Conflict;

/**
 * Every auditable event of every module reads as a sentence in English and in French: its action and details
 * have their messages, and no code, id or ISO instant is left. A new event without a sample here fails.
 */
class AuditDetailsCoverageTest {

    private static final Translations TRANSLATIONS = new Translations();
    private static final Instant AT = Instant.parse("2026-12-10T15:30:00Z");
    private static final Map<Long, String> NAMES = Map.of(3L, "Bea Board", 4L, "Moussa Membre");
    /** What a reader must not see: an enum code, an arrow between codes, an ISO date, a missing message, an id. */
    private static final Pattern LEFT_OVER = Pattern.compile(
            "\\b[A-Z]{3,}\\b|\\b[A-Z]+_[A-Z_]+\\b|->|\\d{4}-\\d{2}-\\d{2}|!audit|[{}]|#\\d|\\b(SPACE|space) \\d");

    private static final List<AuditableEvent> SAMPLES = List.of(
            new AccountEvents.AccountCreated(
                    1L, 3, "bea@example.org", java.util.Set.of(org.passerelle.security.Role.STAFF), true),
            new AccountEvents.AccountChanged(
                    1L,
                    3,
                    "bea@example.org",
                    java.util.Set.of(org.passerelle.security.Role.STAFF, org.passerelle.security.Role.ADMIN),
                    false),
            new AccountEvents.PasswordChanged(3L, 3),
            new AccountEvents.ErasureRequested(3L, 3),
            new AccountEvents.AccountWasErased(1L, 3),
            new AccountEvents.AccountWasErased(null, 3),
            new AssociationEvents.AssociationRegistered(1L, 5, "Ubumwe asbl", 3),
            new AssociationEvents.AssociationUpdated(1L, 5, "Ubumwe asbl"),
            new AssociationEvents.AssociationVerified(1L, 5, true),
            new AssociationEvents.AssociationVerified(1L, 5, false),
            new AssociationEvents.AssociationMemberInvited(3L, 5, 4),
            new AssociationEvents.AssociationMemberJoined(4L, 5, 4),
            new AssociationEvents.AssociationInvitationDeclined(4L, 5, 4),
            new AssociationEvents.AssociationMemberRemoved(3L, 5, 4, false),
            new AssociationEvents.AssociationMemberRemoved(4L, 5, 4, true),
            new AssociationEvents.AssociationContactChanged(3L, 5, 4, true),
            new AssociationEvents.AssociationContactChanged(3L, 5, 4, false),
            new CallEvents.CallCreated(1L, 6, 2L, "Water for all"),
            new CallEvents.CallUpdated(1L, 6, 2L, "Water for all"),
            new CallEvents.CallStateChanged(1L, 6, 2L, CallState.DRAFT, CallState.OPEN),
            new ContactEvents.ContactAdded(1L, 15, "Awa Diallo", true),
            new org.passerelle.newsletter.NewsletterSent(1L, 20, "Spring news", 600, 600),
            new ContactEvents.ContactEdited(1L, 15, "Awa Diallo", false),
            new ContactEvents.ContactRemoved(1L, 15, "Awa Diallo"),
            new ContactEvents.ConsentWithdrawn(null, 15, "Awa Diallo", "unsubscribe link"),
            new ContactEvents.ContactsImported(1L, "contacts.csv", 120, 4, 3),
            new ContactEvents.SegmentSaved(1L, 16, "Senegal, health"),
            new ContactEvents.SegmentRemoved(1L, 16, "Senegal, health"),
            new DiscussionEvents.MessageReported(4L, 7, 8L, 2L, "Off topic"),
            new DiscussionEvents.MessageHeldForReview(7, 8L, 2L, 3),
            new DiscussionEvents.MessageHidden(1L, 7, 8L, 2L, "Insulting"),
            new DiscussionEvents.MessageRestored(1L, 7, 8L, 2L),
            new DiscussionEvents.ReportsDismissed(1L, 7, 8L, 2L, 2),
            new DiscussionEvents.ThreadLockChanged(1L, 7, 2L, true),
            new DiscussionEvents.ThreadLockChanged(1L, 7, 2L, false),
            new DiscussionEvents.PinChanged(1L, 7, 8L, 2L, true),
            new DiscussionEvents.PinChanged(1L, 7, 8L, 2L, false),
            new DiscussionEvents.MemberSuspended(1L, 2L, 4, AT, "Repeated insults"),
            new DocumentEvents.DocumentUploaded(3L, 9, SubjectRef.space(2), 2L, "budget.pdf", 2, "ab12"),
            new DocumentEvents.DocumentUploaded(3L, 9, SubjectRef.proposal(10), 2L, "plan.pdf", 1, "ab12"),
            new DocumentEvents.DocumentDeleted(3L, 9, SubjectRef.call(6), 2L, "budget.pdf", 3),
            new ExpertPoolJoined(3),
            new ExpertPoolLeft(3),
            new ProposalEvents.ProposalTransitioned(
                    3L, 10, 2L, ProposalAction.SUBMIT, ProposalState.DRAFT, ProposalState.SUBMITTED),
            new ProposalEvents.CoAuthorAdded(3L, 10, 2L, 4),
            new PublicationEvents.ProposalPublished(4L, 10, 2L, true, true),
            new PublicationEvents.ProposalPublished(4L, 10, 2L, false, true),
            new PublicationEvents.ProposalUnpublished(4L, 10, 2L),
            new ReviewEvents.ReviewQuestionAsked(3L, 10, 2L, 11),
            new ReviewEvents.ReviewQuestionAnswered(4L, 10, 2L, 11),
            new SessionEvents.SessionScheduled(1L, 12, 2L, "Co-design workshop", AT),
            new SessionEvents.SessionUpdated(1L, 12, 2L, "Co-design workshop", AT),
            new SessionEvents.SessionCancelled(1L, 12, 2L, "Storm"),
            new SessionEvents.MinutesRecorded(1L, 12, 2L, 1200),
            new SessionEvents.MinutesRecorded(1L, 12, 2L, 0),
            new SessionEvents.AttendanceRecorded(1L, 12, 2L, 8, 10),
            new SessionEvents.ActionItemAdded(1L, 13, 2L, "Write the report", 4, LocalDate.of(2026, 12, 24)),
            new SessionEvents.ActionItemChanged(4L, 13, 2L, ActionStatus.DONE),
            new SpaceEvents.SpaceCreated(1L, 2, "Rwanda health"),
            new SpaceEvents.SpaceUpdated(1L, 2, "Rwanda health"),
            new SpaceEvents.SpaceArchived(1L, 2, true),
            new SpaceEvents.SpaceArchived(1L, 2, false),
            new SpaceEvents.MemberJoined(3L, 2, 3, SpaceRole.PARTICIPANT),
            new SpaceEvents.MemberInvited(1L, 2, 3, SpaceRole.BOARD_MEMBER),
            new SpaceEvents.InvitationAnswered(3L, 2, true),
            new SpaceEvents.InvitationAnswered(3L, 2, false),
            new SpaceEvents.MemberRoleChanged(1L, 2, 3, SpaceRole.BOARD_MEMBER, SpaceRole.OBSERVER),
            new SpaceEvents.MemberRemoved(1L, 2, 3, false),
            new SpaceEvents.MemberRemoved(3L, 2, 3, true),
            new BallotEvents.BallotOpened(1L, 14, 10, 2L, BallotKind.DECISION, true, AT),
            new BallotEvents.ConflictDeclared(3L, 14, 2L, Conflict.CONFLICT),
            new BallotEvents.VoteCast(3L, 14, 2L, false, null),
            new BallotEvents.VoteCast(3L, 14, 2L, true, "YES"),
            new BallotEvents.VoteWithdrawn(3L, 14, 2L),
            new BallotEvents.BallotClosed(null, 14, 10, 2L, 5, null),
            new BallotEvents.BallotClosed(1L, 14, 10, 2L, 5, "Everyone voted"),
            new BallotEvents.BallotExtended(1L, 14, 2L, AT, "Holidays"),
            new BallotEvents.BallotDecisionRecorded(1L, 14, 10, 2L, ProposalAction.ACCEPT, "Clear majority"),
            new BallotEvents.BallotReminderDue(14, 10, 2L, AT, List.of(3L, 4L)));

    @Test
    void everyEventReadsAsASentenceInBothLanguages() {
        SoftAssertions softly = new SoftAssertions();
        for (Locale locale : Translations.LANGUAGES) {
            AuditTexts texts = new AuditTexts(
                    (key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments), locale, NAMES);
            for (AuditableEvent event : SAMPLES) {
                AuditEntry entry = new AuditEntry(
                        1,
                        AT,
                        event.actorId(),
                        event.action(),
                        event.objectType(),
                        event.objectId(),
                        event.spaceId(),
                        event.details(),
                        event.facts());
                String line = texts.what(entry) + " — " + texts.details(entry);
                softly.assertThat(LEFT_OVER.matcher(line).find())
                        .as(locale + " " + event + ": " + line)
                        .isFalse();
                softly.assertThat(event.details())
                        .as("the English summary of " + event)
                        .isNotNull();
            }
        }
        softly.assertAll();
    }

    @Test
    void aSecretVoteLeavesNoFactAndNoDetail() {
        BallotEvents.VoteCast secret = new BallotEvents.VoteCast(3L, 14, 2L, true, null);
        assertThat(secret.facts()).isEmpty();
        assertThat(secret.details()).isEmpty();
    }

    @Test
    void everyAuditableEventHasASample() {
        Set<String> sampled = SAMPLES.stream().map(e -> e.getClass().getName()).collect(Collectors.toSet());
        Set<String> events = new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.passerelle")
                        .stream()
                        .filter(c -> c.isAssignableTo(AuditableEvent.class) && !c.isInterface())
                        .map(JavaClass::getName)
                        .collect(Collectors.toSet());
        assertThat(sampled).containsExactlyInAnyOrderElementsOf(events);
    }
}
