package org.passerelle.discussions.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.passerelle.base.UserFacingException;
import org.passerelle.base.ui.Feedback;

/**
 * Asks for a reason (reporting, hiding, suspending) and, for suspensions, a duration; the action runs on
 * confirmation and a refusal is shown in the dialog.
 */
final class ReasonDialog extends Dialog {

    interface Action {
        void run(String reason, Duration duration);
    }

    static final List<Duration> DURATIONS =
            List.of(Duration.ofHours(1), Duration.ofDays(1), Duration.ofDays(7), Duration.ofDays(30));

    final TextArea reason = new TextArea();
    final Select<Duration> duration = new Select<>();
    final Button confirm = new Button();

    ReasonDialog(String title, String confirmText, boolean withDuration, Action action, Runnable done) {
        setHeaderTitle(title);
        addClassName("thread-reason-dialog");
        reason.setLabel(getTranslation("discussions.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        duration.setLabel(getTranslation("discussions.duration"));
        duration.setItems(DURATIONS);
        duration.setItemLabelGenerator(d -> d.toDays() == 0
                ? getTranslation("discussions.hours", d.toHours())
                : getTranslation("discussions.days", d.toDays()));
        duration.setValue(Duration.ofDays(1));
        duration.setVisible(withDuration);
        add(reason, duration);
        confirm.setText(confirmText);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            try {
                action.run(reason.getValue(), duration.getValue());
                close();
                done.run();
            } catch (UserFacingException refusal) {
                Feedback.show(refusal, Map.of("reason", reason));
            }
        });
        Button cancel = new Button(getTranslation("discussions.cancel"), click -> close());
        getFooter().add(cancel, confirm);
    }
}
