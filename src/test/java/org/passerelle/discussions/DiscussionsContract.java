package org.passerelle.discussions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.TestAccounts;
import org.passerelle.audit.AuditLogProbe;
import org.passerelle.base.InvalidInputException;
import org.passerelle.base.SubjectKind;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.UserFacingException;
import org.passerelle.discussions.DiscussionEvents.MemberMentioned;
import org.passerelle.discussions.DiscussionEvents.MessagePosted;
import org.passerelle.spaces.AccessMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Thread and moderation rules against a real database; run on H2 and PostgreSQL by the subclasses. */
@RecordApplicationEvents
abstract class DiscussionsContract {

    @Autowired
    ApplicationContext context;

    @Autowired
    ThreadService threads;

    @Autowired
    MessageService messages;

    @Autowired
    ReportService reports;

    @Autowired
    ModerationService moderation;

    @Autowired
    ThreadUpdates updates;

    @Autowired
    ApplicationEvents events;

    TestAccounts accounts;
    DiscussionsFixture fixture;
    long spaceId;
    long threadId;

    @BeforeEach
    void reset() {
        accounts = new TestAccounts(context);
        accounts.reset();
        fixture = new DiscussionsFixture(context, accounts);
        spaceId = fixture.space(AccessMode.OPEN);
        threadId = as(
                TestAccounts.MEMBER,
                () -> threads.open(SubjectRef.space(spaceId)).id());
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    <T> T as(TestAccounts.Person person, java.util.function.Supplier<T> action) {
        accounts.signIn(person);
        return action.get();
    }

    long post(TestAccounts.Person person, String text) {
        fixture.letTimePass();
        return as(person, () -> messages.post(threadId, text, null).id());
    }

    ThreadMessage seenBy(TestAccounts.Person person, long messageId) {
        return as(person, () -> threads.message(messageId));
    }

    List<String> auditActions() {
        accounts.signIn(TestAccounts.ADMIN);
        return new AuditLogProbe(context).actionsOfSpace(spaceId);
    }

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
    }

    @Test
    void membersPostAndEveryoneWhoSeesTheSpaceReads() {
        long id = post(TestAccounts.MEMBER, "Hello **everyone**");
        accounts.signIn(TestAccounts.OUTSIDER); // an open space: seen by every signed-in person
        List<ThreadMessage> page = threads.messages(threadId, 0, 50, 0);
        assertThat(page).extracting(ThreadMessage::id).containsExactly(id);
        assertThat(page.getFirst().text()).isEqualTo("Hello **everyone**");
        assertThat(page.getFirst().authorName()).isEqualTo(TestAccounts.MEMBER.name());
        assertThat(threads.open(SubjectRef.space(spaceId)).postRefusal())
                .isEqualTo("discussions.error.not-a-contributor");
        refused(() -> messages.post(threadId, "me too", null), "discussions.error.not-a-contributor");
    }

    @Test
    void aPrivateSpaceThreadIsNotFoundForStrangersAndUnknownSubjectsNeither() {
        long privateSpace = fixture.space(AccessMode.PRIVATE);
        accounts.signIn(TestAccounts.OUTSIDER);
        refused(() -> threads.open(SubjectRef.space(privateSpace)), "discussions.error.not-found");
        refused(() -> threads.open(new SubjectRef(SubjectKind.SESSION, 424242)), "discussions.error.not-found");
        refused(() -> threads.open(SubjectRef.space(999_999)), "discussions.error.not-found");
        long privateThread = as(
                TestAccounts.ADMIN,
                () -> threads.open(SubjectRef.space(privateSpace)).id());
        accounts.signIn(TestAccounts.OUTSIDER);
        refused(() -> threads.messages(privateThread, 0, 10, 0), "discussions.error.not-found");
        refused(() -> messages.post(privateThread, "hi", null), "discussions.error.not-found");
    }

    @Test
    void emptyAndOverLongMessagesAreRefusedWithTheLimit() {
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> messages.post(threadId, "   \n ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("text");
                    assertThat(e.messageKey()).isEqualTo("discussions.error.empty");
                });
        assertThatThrownBy(() -> messages.post(threadId, "x".repeat(4001), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("discussions.error.too-long");
                    assertThat(e.arguments()).containsExactly(4000, 4001);
                });
        assertThat(messages.post(threadId, "x".repeat(4000), null).text()).hasSize(4000);
    }

    @Test
    void postingIsRateLimitedPerPerson() {
        accounts.signIn(TestAccounts.MEMBER);
        messages.post(threadId, "first", null);
        assertThatThrownBy(() -> messages.post(threadId, "second", null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("discussions.error.too-fast");
                    assertThat((Long) e.arguments()[0]).isBetween(1L, 5L);
                    assertThat(e.arguments()[1]).isEqualTo(5L);
                });
        accounts.signIn(TestAccounts.BOARD);
        messages.post(threadId, "someone else is not slowed down", null);
        fixture.letTimePass();
        accounts.signIn(TestAccounts.MEMBER);
        messages.post(threadId, "second, later", null);
        assertThat(threads.count(threadId)).isEqualTo(3);
    }

    @Test
    void scriptsAndRawHtmlAreInert() {
        String hostile = "<script>alert(1)</script> <img src=x onerror=alert(2)>\n"
                + "[click](javascript:alert(3)) [ok](https://example.org) `<b>code</b>`\n"
                + "[ref]: javascript:alert(4)\n[x](&#106;avascript:alert(5))";
        long id = post(TestAccounts.MEMBER, hostile);
        String text = seenBy(TestAccounts.BOARD, id).text();
        assertThat(text)
                .doesNotContain("<script", "<img", "javascript:", "](&#106;")
                .contains("&lt;script>", "&lt;img", "[click](#)", "[ok](https://example.org)", "`<b>code</b>`");
    }

    @Test
    void mentioningAMemberRaisesAnEventAndNamingAnOutsiderNotifiesNoOneAndRevealsNothing() {
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(threads.mentionSuggestions(threadId, "bea", 8))
                .extracting(MentionSuggestion::displayName)
                .containsExactly(TestAccounts.BOARD.name());
        assertThat(threads.mentionSuggestions(threadId, "Oumar", 8)).isEmpty();
        long id = post(TestAccounts.MEMBER, "@Bea Board and @Oumar Outsider, see this; mail me at a@Bea.org");
        List<MemberMentioned> mentions = events.stream(MemberMentioned.class).toList();
        assertThat(mentions)
                .extracting(MemberMentioned::mentionedId)
                .containsExactly(accounts.idOf(TestAccounts.BOARD));
        assertThat(mentions.getFirst().messageId()).isEqualTo(id);
        assertThat(seenBy(TestAccounts.BOARD, id).text()).contains("@Oumar Outsider");
    }

    @Test
    void repliesStayOneLevelAndQuoteTheirMessage() {
        long first = post(TestAccounts.MEMBER, "Shall we meet in **Brussels**?");
        fixture.letTimePass();
        long reply = as(
                TestAccounts.BOARD, () -> messages.post(threadId, "Yes", first).id());
        fixture.letTimePass();
        long replyToReply = as(
                TestAccounts.BOTH,
                () -> messages.post(threadId, "Agreed", reply).id());
        ThreadMessage seen = seenBy(TestAccounts.MEMBER, replyToReply);
        assertThat(seen.replyTo().id()).isEqualTo(first);
        assertThat(seen.replyTo().authorName()).isEqualTo(TestAccounts.MEMBER.name());
        assertThat(seen.replyTo().excerpt()).isEqualTo("Shall we meet in **Brussels**?");
    }

    @Test
    void authorsEditWithHistoryAndRemoveTheirOwnMessagesOnly() {
        long id = post(TestAccounts.MEMBER, "first text");
        accounts.signIn(TestAccounts.BOARD);
        refused(() -> messages.edit(id, "not mine"), "discussions.error.not-yours");
        refused(() -> messages.remove(id), "discussions.error.not-yours");
        accounts.signIn(TestAccounts.MEMBER);
        messages.edit(id, "second text");
        ThreadMessage edited = seenBy(TestAccounts.BOARD, id);
        assertThat(edited.edited()).isTrue();
        assertThat(edited.text()).isEqualTo("second text");
        assertThat(threads.history(id)).extracting(MessageVersion::text).containsExactly("first text", "second text");
        accounts.signIn(TestAccounts.MEMBER);
        messages.remove(id);
        ThreadMessage removed = seenBy(TestAccounts.BOARD, id);
        assertThat(removed.state()).isEqualTo(MessageState.REMOVED);
        assertThat(removed.text()).isEmpty();
        refused(() -> threads.history(id), "discussions.error.not-visible");
    }

    @Test
    void reactionsAreCountedAndToggled() {
        long id = post(TestAccounts.MEMBER, "Good news");
        as(TestAccounts.BOARD, () -> {
            messages.toggleReaction(id, "👍");
            return null;
        });
        accounts.signIn(TestAccounts.BOTH);
        messages.toggleReaction(id, "👍");
        messages.toggleReaction(id, "🎉");
        assertThatThrownBy(() -> messages.toggleReaction(id, "💩")).isInstanceOf(InvalidInputException.class);
        ThreadMessage seen = threads.message(id);
        assertThat(seen.reactions()).containsExactly(java.util.Map.entry("👍", 2L), java.util.Map.entry("🎉", 1L));
        assertThat(seen.myReactions()).containsExactlyInAnyOrder("👍", "🎉");
        messages.toggleReaction(id, "👍");
        assertThat(threads.message(id).reactions()).containsEntry("👍", 1L);
    }

    @Test
    void unreadMessagesAreMarkedPerPerson() {
        long a = post(TestAccounts.MEMBER, "one");
        post(TestAccounts.MEMBER, "two");
        accounts.signIn(TestAccounts.BOARD);
        ThreadInfo first = threads.open(SubjectRef.space(spaceId));
        assertThat(first.lastReadMessageId()).isZero();
        threads.markAllRead(threadId);
        long c = post(TestAccounts.MEMBER, "three");
        accounts.signIn(TestAccounts.BOARD);
        ThreadInfo again = threads.open(SubjectRef.space(spaceId));
        assertThat(again.messageCount()).isEqualTo(3);
        assertThat(again.firstUnreadIndex()).isEqualTo(2);
        List<ThreadMessage> page = threads.messages(threadId, 0, 10, again.lastReadMessageId());
        assertThat(page)
                .filteredOn(ThreadMessage::unread)
                .extracting(ThreadMessage::id)
                .containsExactly(c);
        threads.markRead(threadId, a); // never moves back: opening had marked everything read
        assertThat(threads.open(SubjectRef.space(spaceId)).firstUnreadIndex()).isEqualTo(3);
        accounts.signIn(TestAccounts.BOTH);
        assertThat(threads.open(SubjectRef.space(spaceId)).lastReadMessageId()).isZero();
    }

    @Test
    void aLockedThreadRefusesMembersButNotModerators() {
        accounts.signIn(TestAccounts.MEMBER);
        refused(() -> moderation.setLocked(threadId, true), "discussions.error.not-moderator");
        accounts.signIn(TestAccounts.STAFF);
        moderation.setLocked(threadId, true);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(threads.open(SubjectRef.space(spaceId)).postRefusal()).isEqualTo("discussions.error.locked");
        refused(() -> messages.post(threadId, "hello?", null), "discussions.error.locked");
        accounts.signIn(TestAccounts.ADMIN);
        messages.post(threadId, "Closed for now, thank you all", null);
        moderation.setLocked(threadId, false);
        post(TestAccounts.MEMBER, "thanks");
        assertThat(auditActions()).contains("discussion.locked", "discussion.unlocked");
    }

    @Test
    void aSuspendedMemberCannotPostUntilTheSuspensionEnds() {
        long member = accounts.idOf(TestAccounts.MEMBER);
        accounts.signIn(TestAccounts.BOARD);
        refused(
                () -> moderation.suspend(spaceId, member, Duration.ofDays(1), "spam"),
                "discussions.error.not-moderator");
        accounts.signIn(TestAccounts.ADMIN);
        refused(
                () -> moderation.suspend(spaceId, member, Duration.ofDays(1), " "),
                "discussions.error.reason-required");
        refused(() -> moderation.suspend(spaceId, member, Duration.ofDays(400), "spam"), "discussions.error.duration");
        refused(
                () -> moderation.suspend(spaceId, accounts.idOf(TestAccounts.ADMIN), Duration.ofDays(1), "x"),
                "discussions.error.suspend-self");
        refused(
                () -> moderation.suspend(spaceId, accounts.idOf(TestAccounts.OUTSIDER), Duration.ofDays(1), "x"),
                "discussions.error.not-a-member");
        moderation.suspend(spaceId, member, Duration.ofDays(1), "spam");
        accounts.signIn(TestAccounts.MEMBER);
        assertThatThrownBy(() -> messages.post(threadId, "let me in", null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("discussions.error.suspended");
                    assertThat(e.arguments()).hasSize(1);
                });
        post(TestAccounts.BOARD, "others still post");
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                .update(
                        "update discussion_suspension set ends_at = ?",
                        java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)));
        post(TestAccounts.MEMBER, "back");
        assertThat(auditActions()).contains("discussion.suspended");
    }

    @Test
    void reportsReachTheQueueAndThreeOpenReportsHideTheMessageUntilReviewed() {
        long id = post(TestAccounts.MEMBER, "a rude message");
        accounts.signIn(TestAccounts.MEMBER);
        refused(() -> reports.report(id, "I regret it"), "discussions.error.own-message");
        accounts.signIn(TestAccounts.OUTSIDER);
        refused(() -> reports.report(id, "rude"), "discussions.error.members-only");
        accounts.signIn(TestAccounts.BOARD);
        refused(() -> reports.report(id, ""), "discussions.error.reason-required");
        reports.report(id, "rude");
        refused(() -> reports.report(id, "still rude"), "discussions.error.already-reported");
        as(TestAccounts.BOTH, () -> {
            reports.report(id, "off topic");
            return null;
        });
        assertThat(seenBy(TestAccounts.OUTSIDER, id).state()).isEqualTo(MessageState.VISIBLE);
        accounts.signIn(TestAccounts.MEMBER);
        assertThat(reports.queue()).isEmpty(); // not a facilitator: no queue
        as(TestAccounts.ADMIN, () -> {
            reports.report(id, "insults");
            return null;
        });
        ThreadMessage held = seenBy(TestAccounts.OUTSIDER, id);
        assertThat(held.state()).isEqualTo(MessageState.UNDER_REVIEW);
        assertThat(held.text()).isEmpty();
        accounts.signIn(TestAccounts.STAFF);
        assertThat(reports.waitingCount()).isEqualTo(1);
        List<ModerationItem> queue = reports.queue();
        assertThat(queue).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("a rude message");
            assertThat(item.reports())
                    .extracting(ModerationItem.OpenReport::reason)
                    .containsExactly("rude", "off topic", "insults");
        });
        accounts.signIn(TestAccounts.MEMBER);
        refused(() -> moderation.dismissReports(id), "discussions.error.not-moderator");
        accounts.signIn(TestAccounts.STAFF);
        moderation.dismissReports(id);
        assertThat(reports.waitingCount()).isZero();
        assertThat(seenBy(TestAccounts.OUTSIDER, id).state()).isEqualTo(MessageState.VISIBLE);
        assertThat(auditActions())
                .contains("discussion.reported", "discussion.held-for-review", "discussion.reports-dismissed");
    }

    @Test
    void facilitatorsHideWithAReasonRestoreAndPin() {
        long id = post(TestAccounts.MEMBER, "off-topic advert");
        accounts.signIn(TestAccounts.BOARD);
        refused(() -> moderation.hide(id, "advert"), "discussions.error.not-moderator");
        refused(() -> moderation.pin(id), "discussions.error.not-moderator");
        accounts.signIn(TestAccounts.ADMIN);
        refused(() -> moderation.hide(id, ""), "discussions.error.reason-required");
        moderation.hide(id, "advertising");
        ThreadMessage hidden = seenBy(TestAccounts.BOARD, id);
        assertThat(hidden.state()).isEqualTo(MessageState.HIDDEN);
        assertThat(hidden.hiddenReason()).isEqualTo("advertising");
        assertThat(hidden.text()).isEmpty();
        accounts.signIn(TestAccounts.MEMBER);
        refused(() -> messages.edit(id, "sneaky"), "discussions.error.not-visible");
        accounts.signIn(TestAccounts.ADMIN);
        moderation.restore(id);
        assertThat(seenBy(TestAccounts.BOARD, id).state()).isEqualTo(MessageState.VISIBLE);
        accounts.signIn(TestAccounts.ADMIN);
        moderation.pin(id);
        assertThat(as(TestAccounts.BOARD, () -> threads.info(threadId)).pinned().id())
                .isEqualTo(id);
        accounts.signIn(TestAccounts.ADMIN);
        moderation.unpin(threadId);
        assertThat(as(TestAccounts.BOARD, () -> threads.info(threadId)).pinned())
                .isNull();
        assertThat(auditActions())
                .contains("discussion.hidden", "discussion.restored", "discussion.pinned", "discussion.unpinned");
    }

    @Test
    void aPostReachesEverySubscriberOfTheThreadAfterCommit() throws InterruptedException {
        int subscribers = 50;
        CountDownLatch reached = new CountDownLatch(subscribers);
        var seen = ConcurrentHashMap.<Long>newKeySet();
        List<ThreadUpdates.Subscription> subscriptions = new java.util.ArrayList<>();
        for (int i = 0; i < subscribers; i++) {
            subscriptions.add(updates.subscribe(threadId, event -> {
                if (event instanceof MessagePosted posted) {
                    seen.add(posted.messageId());
                    reached.countDown();
                }
            }));
        }
        long id = post(TestAccounts.MEMBER, "to all of you");
        assertThat(reached.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(id);
        subscriptions.forEach(ThreadUpdates.Subscription::cancel);
        assertThat(updates.subscriberCount(threadId)).isZero();
    }
}
