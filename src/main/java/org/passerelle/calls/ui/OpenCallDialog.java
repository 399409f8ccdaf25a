package org.passerelle.calls.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import org.passerelle.base.Formats;
import org.passerelle.base.TimeZones;
import org.passerelle.calls.CallState;
import org.passerelle.calls.CallSummary;

/**
 * Asks before a call opens (or reopens), with what follows: who sees it, until when proposals can come in (or
 * that they cannot, when the closing date has passed), and what staff can still change (everything, until the
 * call is decided: {@code CallService.update}).
 */
final class OpenCallDialog extends Dialog {

    final Paragraph visibility = new Paragraph();
    final Paragraph submissions = new Paragraph();
    final Paragraph changes = new Paragraph();
    final Button confirm = new Button();
    final Button back = new Button();

    OpenCallDialog(CallSummary call, Runnable onConfirm) {
        boolean reopening = call.state() == CallState.CLOSED;
        setHeaderTitle(getTranslation(reopening ? "calls.confirm-open.reopen-title" : "calls.confirm-open.title"));
        setMaxWidth("32rem");
        LocalDate today = LocalDate.now(TimeZones.OFFICE);
        visibility.setText(getTranslation("calls.confirm-open.visible"));
        String closes = Formats.date(call.closesOn(), getLocale());
        submissions.setText(
                call.closesOn().isBefore(today)
                        ? getTranslation("calls.confirm-open.closing-passed", closes)
                        : getTranslation(
                                "calls.confirm-open.until",
                                Formats.date(call.opensOn().isBefore(today) ? today : call.opensOn(), getLocale()),
                                closes));
        changes.setText(getTranslation("calls.confirm-open.changes"));
        add(visibility, submissions, changes);
        confirm.setText(getTranslation(reopening ? "calls.action.reopen" : "calls.action.OPEN"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            close();
            onConfirm.run();
        });
        back.setText(getTranslation("calls.confirm-open.back"));
        back.addClickListener(click -> close());
        getFooter().add(back, confirm);
    }
}
