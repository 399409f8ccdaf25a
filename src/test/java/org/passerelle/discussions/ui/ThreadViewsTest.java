package org.passerelle.discussions.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.data.provider.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.SubjectRef;
import org.passerelle.base.ui.AccessDeniedView;
import org.passerelle.discussions.DiscussionsFixture;
import org.passerelle.discussions.MentionSuggestion;
import org.passerelle.discussions.MessageService;
import org.passerelle.discussions.ModerationService;
import org.passerelle.discussions.ReportService;
import org.passerelle.discussions.ThreadMessage;
import org.passerelle.discussions.ThreadService;
import org.passerelle.spaces.AccessMode;

class ThreadViewsTest extends KaribuTest {

    private DiscussionsFixture fixture;
    private long spaceId;

    @BeforeEach
    void space() {
        fixture = new DiscussionsFixture(context, accounts);
        spaceId = fixture.space(AccessMode.OPEN);
    }

    private ThreadPanel openSpace(TestAccounts.Person person) {
        signIn(person);
        navigate("spaces/" + spaceId);
        return _get(ThreadPanel.class);
    }

    private List<ThreadMessage> shown(ThreadPanel panel) {
        return panel.messages.fetch(new Query<>()).toList();
    }

    /** What the browser receives for a message in the list (a property of its template). */
    private static Object shown(ThreadPanel panel, ThreadMessage message, String property) {
        return panel.renderer.getValueProviders().get(property).apply(message);
    }

    /** The entries of the message's actions menu ("name" or "react emoji"), read from the JSON the template receives. */
    private static List<Object> menuOf(ThreadPanel panel, ThreadMessage message) {
        var actions = tools.jackson.databind.json.JsonMapper.builder().build().readTree((String)
                shown(panel, message, "menu"));
        List<Object> names = new ArrayList<>();
        actions.forEach(action -> names.add(
                action.get("emoji").isNull()
                        ? action.get("name").asString()
                        : action.get("name").asString() + " "
                                + action.get("emoji").asString()));
        return names;
    }

    /** The actions other than reactions. */
    private static List<Object> actionsOf(ThreadPanel panel, ThreadMessage message) {
        return menuOf(panel, message).stream()
                .filter(name -> !name.toString().startsWith("react "))
                .toList();
    }

    private long postAs(TestAccounts.Person author, String text, TestAccounts.Person viewer) {
        fixture.letTimePass();
        accounts.signIn(author);
        ThreadService threads = context.getBean(ThreadService.class);
        long id = context.getBean(MessageService.class)
                .post(threads.open(SubjectRef.space(spaceId)).id(), text, null)
                .id();
        accounts.signIn(viewer);
        return id;
    }

    /** Lets the relay reach this UI (as server push would) until the condition holds, for at most 5 s. */
    private static void awaitLive(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (true) {
            MockVaadin.clientRoundtrip(false);
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime())
                    .as("the change reached the open thread in time")
                    .isLessThan(end);
            Thread.sleep(20);
        }
    }

    @Test
    void aMemberPostsOnTheSpacePageAndTheTextIsRenderedInert() {
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        // an empty thread is one line inviting to start, not a tall empty list box
        assertThat(panel.header.count.getText()).isEqualTo("No messages yet: start the discussion below.");
        assertThat(panel.list.isVisible()).isFalse();
        _setValue(panel.composer.text, "Hello **all** <script>alert(1)</script><img src=x onerror=alert(2)>");
        _click(panel.composer.send);
        assertThat(panel.composer.text.getValue()).isEmpty();
        assertThat(panel.header.count.getText()).isEqualTo("1 message");
        assertThat(panel.list.isVisible()).isTrue();
        List<ThreadMessage> messages = shown(panel);
        assertThat(messages).hasSize(1);
        ThreadMessage message = messages.getFirst();
        assertThat(shown(panel, message, "author")).isEqualTo(TestAccounts.BOARD.name());
        assertThat(message.text()).contains("Hello **all**").doesNotContain("<script", "<img");
        // the browser receives HTML rendered by the application's one renderer, not Markdown to render
        assertThat((String) shown(panel, message, "html"))
                .isEqualTo(org.passerelle.base.MarkdownHtml.render(message.text()))
                .contains("Hello <strong>all</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "<img");
        assertThat(MessageRenderer.TEMPLATE).doesNotContain("vaadin-markdown");
        assertThat(actionsOf(panel, message)).containsExactly("reply", "edit", "delete");
        assertThat(menuOf(panel, message)).contains("react 👍");
        assertThat(MessageRenderer.TEMPLATE).contains("class=\"thread-message ", "data-message-id=");
        assertThat(panel.list.getClassNames()).contains("thread-messages");
        assertThat(panel.composer.send.getClassNames()).contains("thread-send");
    }

    /**
     * Waits until the relay has handed the thread's next change to its subscribers, then lets it reach this
     * UI: what the panel shows afterwards is what it shows once the live update has arrived.
     */
    private void afterTheLiveUpdate(long threadId, Runnable change) throws InterruptedException {
        java.util.concurrent.CountDownLatch relayed = new java.util.concurrent.CountDownLatch(1);
        var subscription = context.getBean(org.passerelle.discussions.ThreadUpdates.class)
                .subscribe(threadId, event -> relayed.countDown());
        try {
            change.run();
            assertThat(relayed.await(5, java.util.concurrent.TimeUnit.SECONDS))
                    .as("the change was relayed")
                    .isTrue();
        } finally {
            subscription.cancel();
        }
        long end = System.nanoTime() + 500_000_000L; // the panel's own subscriber runs on another relay thread
        while (System.nanoTime() < end) {
            MockVaadin.clientRoundtrip(false);
            Thread.sleep(20);
        }
    }

    @Test
    void theAuthorsOwnPostCountsOnceAndIsNotNew() throws InterruptedException {
        postAs(TestAccounts.BOTH, "Welcome", TestAccounts.BOTH);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        assertThat(panel.header.count.getText()).isEqualTo("1 message");
        fixture.letTimePass();
        _setValue(panel.composer.text, "Thanks, glad to be here");
        afterTheLiveUpdate(panel.threadId(), () -> _click(panel.composer.send));
        assertThat(panel.header.count.getText()).isEqualTo("2 messages");
        assertThat(panel.header.unread.isVisible())
                .as("no \"new\" badge for one's own message")
                .isFalse();
        ThreadMessage mine = shown(panel).get(1);
        assertThat(shown(panel, mine, "unread")).isEqualTo(false);
        assertThat(shown(panel, mine, "isNew")).isEqualTo("");

        // coming back: one's own message is not counted as new either
        navigate("spaces");
        ThreadPanel again = openSpace(TestAccounts.BOARD);
        assertThat(again.header.count.getText()).isEqualTo("2 messages");
        assertThat(again.header.unread.isVisible()).isFalse();
    }

    @Test
    void anotherMembersPostCountsOneMoreAndIsNew() throws InterruptedException {
        postAs(TestAccounts.BOTH, "Welcome", TestAccounts.BOTH);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        assertThat(panel.header.unread.isVisible()).isFalse();
        long id = postAs(TestAccounts.BOTH, "Agenda for Saturday", TestAccounts.BOARD);
        awaitLive(() -> panel.header.count.getText().equals("2 messages"));
        assertThat(panel.header.unread.isVisible()).isTrue();
        assertThat(panel.header.unread.getText()).isEqualTo("1 new");
        ThreadMessage theirs = shown(panel).get(1);
        assertThat(theirs.id()).isEqualTo(id);
        assertThat(shown(panel, theirs, "unread")).isEqualTo(true);
        assertThat(shown(panel, theirs, "isNew")).isEqualTo("New");
    }

    @Test
    void theMessageBoxIsOneStepFromTheTopAndEachMessageIsOneKeyboardStop() {
        postAs(TestAccounts.BOTH, "Who comes on Saturday?", TestAccounts.BOTH);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        List<com.vaadin.flow.component.Component> parts = panel.getChildren().toList();
        assertThat(parts.indexOf(panel.header))
                .as("the jump comes before the list")
                .isLessThan(parts.indexOf(panel.list));
        assertThat(panel.header.write.getText()).isEqualTo("Write a message");
        assertThat(panel.header.write.isVisible()).isTrue();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        panel.header.write.click(); // not _click: its round trip would send the focus call away before we look
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .as("the message box receives the focus")
                .anySatisfy(call -> {
                    assertThat(call.getOwner())
                            .isSameAs(panel.composer.text.getElement().getNode());
                    assertThat(call.getInvocation().getExpression()).contains("focus()");
                });

        // one keyboard stop per message: its actions menu; reactions nobody gave yet are in it, not buttons
        ThreadMessage theirs = shown(panel).getFirst();
        assertThat(MessageRenderer.TEMPLATE.split("<vaadin-button", -1))
                .as("the menu button and the buttons of reactions already given")
                .hasSize(3);
        assertThat(MessageRenderer.TEMPLATE).contains("<vaadin-context-menu", "aria-label=\"${item.menuLabel}\"");
        assertThat((String) shown(panel, theirs, "menuLabel"))
                .startsWith("Actions for the message by " + TestAccounts.BOTH.name() + ", ");
        assertThat(shown(panel, theirs, "reactions")).isEqualTo("[]");
        assertThat(menuOf(panel, theirs))
                .containsExactly("reply", "report", "react 👍", "react ❤️", "react 🎉", "react 🤔");
        panel.act(theirs, "react", "👍");
        ThreadMessage liked = shown(panel).getFirst();
        assertThat((String) shown(panel, liked, "reactions")).contains("\"👍 1\"", "React with 👍 (1)");
        assertThat(menuOf(panel, liked)).doesNotContain("react 👍");

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).setLocked(panel.threadId(), true);
        ThreadPanel locked = openSpace(TestAccounts.BOARD); // a member may no longer post: nothing to jump to
        assertThat(locked.header.write.isVisible()).isFalse();
    }

    @Test
    void deletingAsksFirstAndKeepingTheMessageChangesNothing() {
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        _setValue(panel.composer.text, "A message I will regret");
        _click(panel.composer.send);
        panel.act(shown(panel).getFirst(), "delete", null);
        DeleteDialog ask = _get(DeleteDialog.class);
        assertThat(ask.consequence.getText()).contains("erased for good", "cannot be undone");
        assertThat(ask.delete.getText()).isEqualTo("Delete the message");
        assertThat(ask.keep.getText()).isEqualTo("Keep it");
        _click(ask.keep);
        assertThat(ask.isOpened()).isFalse();
        assertThat(shown(panel).getFirst().state()).isEqualTo(org.passerelle.discussions.MessageState.VISIBLE);

        panel.act(shown(panel).getFirst(), "delete", null);
        _click(_get(DeleteDialog.class).delete);
        ThreadMessage removed = shown(panel).getFirst();
        assertThat(removed.state()).isEqualTo(org.passerelle.discussions.MessageState.REMOVED);
        assertThat(shown(panel, removed, "notice")).isEqualTo("Message removed");
    }

    @Test
    void aMessageHiddenWhileTheAuthorWasAskedIsNotDeleted() {
        long id = postAs(TestAccounts.BOARD, "Borderline remark", TestAccounts.BOARD);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        panel.act(shown(panel).getFirst(), "delete", null);
        DeleteDialog ask = _get(DeleteDialog.class);
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).hide(id, "off topic");
        accounts.signIn(TestAccounts.BOARD);
        _click(ask.delete);
        assertThat(ask.isOpened()).isFalse();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("This message is no longer shown.");
        assertThat(shown(panel).getFirst().state()).isEqualTo(org.passerelle.discussions.MessageState.HIDDEN);
    }

    @Test
    void thePinnedMessageHasOneActionsMenuToo() {
        long id = postAs(TestAccounts.BOTH, "Read this first", TestAccounts.BOTH);
        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).pin(id);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        MessageCard card = _get(panel.pinned, MessageCard.class);
        assertThat(card.menuButton.getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).startsWith("Actions for the message by "));
        assertThat(card.menu.getItems())
                .extracting(com.vaadin.flow.component.contextmenu.MenuItem::getText)
                .startsWith("Reply", "Report")
                .contains("React with 👍");
        com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithCaption(card.menu, "Reply");
        assertThat(panel.composer.replyTo().id()).isEqualTo(id);
    }

    @Test
    void emptyAndOverLongMessagesAreRefusedWithTheLimitShown() {
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        _click(panel.composer.send);
        assertThat(panel.composer.text.isInvalid()).isTrue();
        assertThat(panel.composer.text.getErrorMessage()).isEqualTo("Write a message first.");
        _setValue(panel.composer.text, "x".repeat(4001));
        _click(panel.composer.send);
        assertThat(panel.composer.text.getErrorMessage())
                .isEqualTo("A message has at most 4,000 characters; this one has 4,001.");
        assertThat(panel.composer.text.getHelperText()).isEqualTo("4,001 / 4,000 characters");
        assertThat(shown(panel)).isEmpty();
    }

    @Test
    void postsLockingAndHidingByOthersAppearWithoutReloading() throws InterruptedException {
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        long id = postAs(TestAccounts.BOTH, "Live from Kigali", TestAccounts.BOARD);
        awaitLive(() -> panel.header.count.getText().equals("1 message"));
        assertThat(shown(panel)).extracting(ThreadMessage::id).containsExactly(id);

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).hide(id, "off topic");
        context.getBean(ModerationService.class).setLocked(panel.threadId(), true);
        accounts.signIn(TestAccounts.BOARD);
        awaitLive(() -> panel.lockedNotice.isVisible());
        assertThat(panel.composer.isVisible()).isFalse();
        ThreadMessage hidden = shown(panel).getFirst();
        assertThat(shown(panel, hidden, "notice")).isEqualTo("Hidden by a moderator: off topic");
        assertThat(shown(panel, hidden, "html")).isEqualTo("");
        assertThat(actionsOf(panel, hidden)).containsExactly("report");
    }

    @Test
    void hiddenPartsStayOutOfThePageAndComeBackInTheirPlaceWhenShown() throws InterruptedException {
        postAs(TestAccounts.BOTH, "Live from Kigali", TestAccounts.BOARD);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        assertThat(panel.getChildren())
                .as("no lock notice, pinned message, moderation bar, reply box or suggestions in the page")
                .containsExactly(panel.header, panel.list, panel.composer);
        assertThat(panel.composer.getChildren()).containsExactly(panel.composer.text, panel.composer.send);

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).setLocked(panel.threadId(), true);
        accounts.signIn(TestAccounts.BOARD);
        awaitLive(() -> panel.lockedNotice.isVisible());
        assertThat(panel.getChildren()).containsExactly(panel.header, panel.lockedNotice, panel.list);
        assertThat(_get(panel, com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("thread-locked"))
                        .getText())
                .isEqualTo(panel.getTranslation("discussions.locked"));
        assertThat(panel.header.write.isVisible()).isFalse();

        accounts.signIn(TestAccounts.ADMIN);
        context.getBean(ModerationService.class).setLocked(panel.threadId(), false);
        accounts.signIn(TestAccounts.BOARD);
        awaitLive(() -> panel.composer.isVisible());
        assertThat(panel.getChildren()).containsExactly(panel.header, panel.list, panel.composer);
        assertThat(panel.header.getChildren()).contains(panel.header.write);

        _setValue(panel.composer.text, "Thanks @Bin");
        assertThat(panel.composer.getChildren())
                .containsExactly(panel.composer.text, panel.composer.suggestions, panel.composer.send);
    }

    /**
     * A round trip whose changes are also written out as the response to a browser would be: the list then knows
     * its rows are on the client (Karibu alone never marks them so, and a list not yet on the client sends all).
     */
    private static void roundtripWithTheBrowser() {
        MockVaadin.clientRoundtrip(false);
        UI.getCurrent().getInternals().getStateTree().collectChanges(change -> {});
    }

    @Test
    void anotherMembersPostReadsAndSendsOnlyTheNewRowNotTheRowsInView() throws InterruptedException {
        for (int i = 1; i <= 20; i++) {
            postAs(TestAccounts.BOTH, "Message " + i, TestAccounts.BOTH);
        }
        ThreadPanel atTheEnd = openSpace(TestAccounts.BOARD);
        // a browser at the end of a list asks for the rows up to one past the end
        atTheEnd.list.getDataCommunicator().setViewportRange(0, 21);
        roundtripWithTheBrowser();
        assertThat(atTheEnd.rowsRead).isEqualTo(20);

        long id = postAs(TestAccounts.BOTH, "The new one", TestAccounts.BOARD);
        awaitLive(() -> atTheEnd.header.count.getText().equals("21 messages"));
        roundtripWithTheBrowser();
        assertThat(atTheEnd.list.getDataCommunicator().getItem(20).id())
                .as("the new message is among the rows the browser has")
                .isEqualTo(id);
        assertThat(atTheEnd.list.getDataCommunicator().getItem(0).text()).isEqualTo("Message 1");
        assertThat(atTheEnd.rowsRead)
                .as("one row read for the live update, not the 20 in view again")
                .isEqualTo(21);

        // a reader higher up in the thread gets the new count and reads nothing
        atTheEnd.list.getDataCommunicator().setViewportRange(0, 10);
        roundtripWithTheBrowser();
        long before = atTheEnd.rowsRead;
        postAs(TestAccounts.BOTH, "Another one", TestAccounts.BOARD);
        awaitLive(() -> atTheEnd.header.count.getText().equals("22 messages"));
        roundtripWithTheBrowser();
        assertThat(atTheEnd.rowsRead).isEqualTo(before);
        assertThat(atTheEnd.list.getDataCommunicator().getItemCount()).isEqualTo(22);
    }

    @Test
    void aPostReachesFiftyOpenThreadPanels() throws InterruptedException {
        signIn(TestAccounts.BOARD);
        ThreadPanels factory = context.getBean(ThreadPanels.class);
        List<ThreadPanel> panels = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            ThreadPanel panel = factory.create(SubjectRef.space(spaceId));
            UI.getCurrent().add(panel);
            panels.add(panel);
        }
        postAs(TestAccounts.BOTH, "to everyone", TestAccounts.BOARD);
        awaitLive(() -> panels.stream().allMatch(p -> p.header.count.getText().equals("1 message")));
        panels.forEach(p -> UI.getCurrent().remove(p));
        assertThat(context.getBean(org.passerelle.discussions.ThreadUpdates.class)
                        .subscriberCount(panels.getFirst().threadId()))
                .as("detached panels stop listening")
                .isZero();
    }

    @Test
    void typingAtSuggestsSpaceMembersOnly() {
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        _setValue(panel.composer.text, "Thanks @Bin");
        assertThat(panel.composer.suggestions.isVisible()).isTrue();
        MentionSuggestion both = panel.composer
                .suggestions
                .getListDataView()
                .getItems()
                .findFirst()
                .orElseThrow();
        assertThat(both.displayName()).isEqualTo(TestAccounts.BOTH.name());
        _setValue(panel.composer.suggestions, both);
        assertThat(panel.composer.text.getValue()).isEqualTo("Thanks @Bintou Both ");
        _setValue(panel.composer.text, "Hello @Oumar");
        assertThat(panel.composer.suggestions.isVisible()).isFalse();
    }

    @Test
    void aMemberRepliesEditsReactsAndReportsFromTheCards() {
        long id = postAs(TestAccounts.BOTH, "Who comes on Saturday?", TestAccounts.BOTH);
        ThreadPanel panel = openSpace(TestAccounts.BOARD);
        assertThat(actionsOf(panel, shown(panel).getFirst())).containsExactly("reply", "report");
        panel.act(shown(panel).getFirst(), "reply", null);
        fixture.letTimePass();
        _setValue(panel.composer.text, "I do");
        _click(panel.composer.send);
        ThreadMessage reply = shown(panel).get(1);
        assertThat(reply.replyTo().id()).isEqualTo(id);
        panel.act(shown(panel).getFirst(), "react", "👍");
        assertThat(shown(panel).getFirst().reactions()).containsEntry("👍", 1L);

        panel.act(reply, "edit", null);
        EditDialog edit = _get(EditDialog.class);
        _setValue(edit.text, "I do, with two friends");
        _click(edit.save);
        ThreadMessage edited = shown(panel).get(1);
        assertThat(shown(panel, edited, "edited")).isEqualTo("edited");
        panel.act(edited, "history", null);
        assertThat(_get(HistoryDialog.class).getChildren().count()).isEqualTo(2);

        panel.act(shown(panel).getFirst(), "report", null);
        ReasonDialog report = _get(ReasonDialog.class);
        _click(report.confirm);
        assertThat(report.reason.isInvalid()).isTrue();
        _setValue(report.reason, "spam");
        _click(report.confirm);
        assertThat(report.isOpened()).isFalse();
    }

    @Test
    void facilitatorsWorkTheQueueWithACountInTheNavigationAndOthersMayNotOpenIt() {
        long id = postAs(TestAccounts.BOTH, "buy my product", TestAccounts.BOTH);
        for (TestAccounts.Person reporter : List.of(TestAccounts.BOARD, TestAccounts.MEMBER)) {
            accounts.signIn(reporter);
            context.getBean(ReportService.class).report(id, "advert");
        }
        signIn(TestAccounts.MEMBER);
        navigate("moderation");
        _get(AccessDeniedView.class);

        signIn(TestAccounts.STAFF);
        navigate("moderation");
        ModerationView view = _get(ModerationView.class);
        assertThat(view.getPageTitle()).isEqualTo("Moderation (1)");
        SideNavItem item = _get(SideNavItem.class, spec -> spec.withPredicate(i -> "moderation".equals(i.getPath())));
        assertThat(item.getSuffixComponent().getElement().getText()).isEqualTo("1");
        _click(_get(view.items.getFirst(), Button.class, spec -> spec.withText("Hide")));
        ReasonDialog hide = _get(ReasonDialog.class);
        _setValue(hide.reason, "advertising");
        _click(hide.confirm);
        assertThat(view.getPageTitle()).isEqualTo("Moderation");
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(item.getSuffixComponent()).isNull();
    }
}
