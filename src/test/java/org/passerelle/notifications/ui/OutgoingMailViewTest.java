package org.passerelle.notifications.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.sidenav.SideNavItem;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.passerelle.KaribuTest;
import org.passerelle.TestAccounts;
import org.passerelle.base.ui.AccessDeniedView;

class OutgoingMailViewTest extends KaribuTest {

    private void queued(String subject, String state, String file, Instant at) {
        jdbc.update(
                "insert into mail_queue (recipient_id, to_address, kind, subject, text_body, html_body, state, attempts,"
                        + " created_at, next_attempt_at, sent_at, file_name) values (?, ?, 'IMMEDIATE', ?, ?, '<p></p>', ?,"
                        + " 1, ?, ?, ?, ?)",
                accounts.idOf(TestAccounts.BOARD),
                TestAccounts.BOARD.email(),
                subject,
                "Hello Bea Board,\n\n" + subject,
                state,
                at.atOffset(ZoneOffset.UTC),
                at.atOffset(ZoneOffset.UTC),
                state.equals("SENT") ? at.atOffset(ZoneOffset.UTC) : null,
                file);
    }

    @Test
    void staffSeeTheMailNewestFirstWithTheirFilesAndOpenOne() {
        Instant now = Instant.now();
        queued("[Passerelle] Older", "SENT", "20261202-070000-1.eml", now.minusSeconds(3600));
        queued("[Passerelle] Newer", "QUEUED", null, now);
        signIn(TestAccounts.STAFF);
        assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "outgoing-mail".equals(i.getPath()))))
                .hasSize(1);
        navigate("outgoing-mail");
        OutgoingMailView view = _get(OutgoingMailView.class);
        assertThat(view.mode.getText()).contains(".eml");
        assertThat(_size(view.grid)).isEqualTo(2);
        var newest = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 0);
        var oldest = com.github.mvysny.kaributesting.v10.GridKt._get(view.grid, 1);
        assertThat(newest.subject()).isEqualTo("[Passerelle] Newer");
        assertThat(oldest.fileName()).isEqualTo("20261202-070000-1.eml");
        assertThat(view.grid.getColumns()).hasSize(6);

        view.open(oldest);
        assertThat(view.opened.isOpened()).isTrue();
        assertThat(view.opened.getHeaderTitle()).isEqualTo("[Passerelle] Older");
        assertThat(view.opened.getElement().getTextRecursively()).contains("Hello Bea Board,");
    }

    @Test
    void aBoardMemberMayNotOpenItNorSeeItInTheMenu() {
        signIn(TestAccounts.BOARD);
        assertThat(_find(SideNavItem.class, spec -> spec.withPredicate(i -> "outgoing-mail".equals(i.getPath()))))
                .isEmpty();
        navigate("outgoing-mail");
        _get(AccessDeniedView.class);
    }
}
