package org.passerelle.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import org.passerelle.base.Formats;
import org.passerelle.base.ui.ComponentTexts;
import org.passerelle.notifications.mail.OutgoingMail;
import org.passerelle.notifications.mail.QueuedMail;
import org.passerelle.security.Role;

/**
 * Staff see what the application mails (and, with no SMTP host configured, which {@code .eml} file holds each):
 * newest first, loaded from the database page by page; a row opens its plain text.
 */
@Route("outgoing-mail")
@RolesAllowed(Role.Names.STAFF)
@Menu(order = 90, title = "mail.nav", icon = "vaadin:envelopes-o")
public final class OutgoingMailView extends Main implements HasDynamicTitle {

    final Paragraph mode = new Paragraph();
    final Grid<QueuedMail> grid = ComponentTexts.translated(new Grid<>());
    Dialog opened;

    private final OutgoingMail outgoing;

    OutgoingMailView(OutgoingMail outgoing) {
        this.outgoing = outgoing;
        addClassName("passerelle-page");
        mode.setText(getTranslation(outgoing.writesFiles() ? "mail.outgoing.files" : "mail.outgoing.smtp"));
        grid.addColumn(QueuedMail::to)
                .setHeader(getTranslation("mail.outgoing.to"))
                .setAutoWidth(true);
        grid.addColumn(QueuedMail::subject)
                .setHeader(getTranslation("mail.outgoing.subject"))
                .setFlexGrow(1);
        grid.addColumn(mail -> getTranslation(mail.state().messageKey()))
                .setHeader(getTranslation("mail.outgoing.state"))
                .setAutoWidth(true);
        grid.addColumn(mail -> time(mail.createdAt()))
                .setHeader(getTranslation("mail.outgoing.created"))
                .setAutoWidth(true);
        grid.addColumn(mail -> time(mail.sentAt()))
                .setHeader(getTranslation("mail.outgoing.sent"))
                .setAutoWidth(true);
        if (outgoing.writesFiles()) {
            grid.addColumn(mail -> mail.fileName() == null ? "" : mail.fileName())
                    .setHeader(getTranslation("mail.outgoing.file"))
                    .setAutoWidth(true);
        }
        grid.setItems(DataProvider.fromCallbacks(
                query -> outgoing.newestFirst(query.getOffset(), query.getLimit()).stream(),
                query -> outgoing.count()));
        grid.addItemClickListener(click -> open(click.getItem()));
        grid.setEmptyStateText(getTranslation("mail.outgoing.empty"));
        grid.setHeight("70vh");
        add(mode, grid);
    }

    void open(QueuedMail mail) {
        QueuedMail fresh = outgoing.find(mail.id()).orElse(mail);
        opened = new Dialog();
        opened.setHeaderTitle(fresh.subject());
        Pre body = new Pre(fresh.textBody());
        body.getStyle().set("white-space", "pre-wrap").set("max-width", "70ch");
        opened.add(new Paragraph(getTranslation("mail.outgoing.to") + ": " + fresh.to()), body);
        if (fresh.lastError() != null) {
            opened.add(new Paragraph(getTranslation("mail.outgoing.error", fresh.lastError())));
        }
        opened.getFooter().add(new Button(getTranslation("mail.outgoing.close"), click -> opened.close()));
        opened.open();
    }

    private String time(Instant instant) {
        return Formats.dateTime(instant, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.outgoing.title");
    }
}
